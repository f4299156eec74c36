package local.servicedesk.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a refused task input reach the caller as itself. The engine wraps whatever a task listener throws into a
 * generic exception, which Camunda's REST API would answer with 500; unwrapped, it is the form validation error that
 * the REST API answers with 400 and Tasklist shows to the seat. The interceptor sits outside the transaction, so the
 * refused command has already been rolled back when it rethrows.
 */
@Component
class TaskInputRefusals extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
            interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new Unwrapping());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                throw refusalWithin(e);
            }
        }

        private static RuntimeException refusalWithin(RuntimeException thrown) {
            for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidTaskInput refusal) {
                    return refusal;
                }
            }
            return thrown;
        }
    }
}
