package local.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import local.servicedesk.support.DeskIntegrationTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The running engine deploys exactly the models that the repository's top-level folders hold.
 */
@DeskIntegrationTest
class ModelDeploymentIT {

    private static final List<String> MODEL_FOLDERS = List.of("bpmn", "dmn", "forms");

    private static final ObjectMapper json = new ObjectMapper();

    @Autowired
    ProcessEngine processEngine;

    @Autowired
    RepositoryService repositoryService;

    @Test
    void deploysEveryFileOfTheModelFolders() {
        List<String> files =
                modelFiles().stream().map(ModelDeploymentIT::folderAndName).toList();

        List<String> deployed = autoDeployment()
                .map(deployment -> repositoryService.getDeploymentResourceNames(deployment.getId()))
                .orElse(List.of());

        assertThat(deployed.stream().map(ModelDeploymentIT::folderAndName))
                .as("resources deployed at start-up, against the files of %s", MODEL_FOLDERS)
                .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void deploysEveryExecutableProcessByItsId() {
        List<String> processIds = filesEndingWith(".bpmn")
                .flatMap(ModelDeploymentIT::executableProcessIds)
                .toList();

        List<String> deployedKeys = autoDeployment()
                .map(deployment -> repositoryService
                        .createProcessDefinitionQuery()
                        .deploymentId(deployment.getId())
                        .list())
                .map(ModelDeploymentIT::keys)
                .orElse(List.of());

        assertThat(deployedKeys)
                .as("deployed process keys, against the processes of bpmn/")
                .containsExactlyInAnyOrderElementsOf(processIds);
    }

    @Test
    void deploysEveryDecisionByItsId() {
        List<String> decisionIds =
                filesEndingWith(".dmn").flatMap(ModelDeploymentIT::decisionIds).toList();

        List<String> deployedKeys = autoDeployment()
                .map(deployment -> repositoryService
                        .createDecisionDefinitionQuery()
                        .deploymentId(deployment.getId())
                        .list())
                .map(ModelDeploymentIT::keys)
                .orElse(List.of());

        assertThat(deployedKeys)
                .as("deployed decision keys, against the decisions of dmn/")
                .containsExactlyInAnyOrderElementsOf(decisionIds);
    }

    @Test
    void deploysEveryFormByTheIdInsideIt() {
        List<String> formIds =
                filesEndingWith(".form").map(ModelDeploymentIT::formId).toList();

        List<String> deployedKeys = autoDeployment()
                .map(this::formDefinitions)
                .map(ModelDeploymentIT::keys)
                .orElse(List.of());

        assertThat(deployedKeys)
                .as("deployed form keys, against the ids inside forms/")
                .containsExactlyInAnyOrderElementsOf(formIds);
    }

    /** The newest deployment that the engine made from the classpath at start-up; none when no model exists. */
    private Optional<Deployment> autoDeployment() {
        return repositoryService
                .createDeploymentQuery()
                .deploymentName("SpringAutoDeployment")
                .orderByDeploymentTime()
                .desc()
                .list()
                .stream()
                .findFirst();
    }

    /** Camunda 7.24 has no public query for Camunda Forms, so the engine's own manager is asked. */
    private List<? extends ResourceDefinition> formDefinitions(Deployment deployment) {
        var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();

        return configuration
                .getCommandExecutorTxRequired()
                .execute(commandContext -> commandContext
                        .getCamundaFormDefinitionManager()
                        .findDefinitionsByDeploymentId(deployment.getId()));
    }

    /** Regular files of the model folders; hidden ones such as {@code .gitkeep} are no models. */
    private static List<Path> modelFiles() {
        List<Path> files = new ArrayList<>();
        for (String folder : MODEL_FOLDERS) {
            files.addAll(filesIn(Path.of(folder)));
        }
        return files;
    }

    private static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }

        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> filesEndingWith(String suffix) {
        return modelFiles().stream()
                .filter(file -> file.getFileName().toString().endsWith(suffix));
    }

    /** {@code bpmn/ticket.bpmn} whether the engine named the resource by a file path or by a classpath location. */
    private static String folderAndName(Object resource) {
        Path path = Path.of(resource.toString().replace('\\', '/'));
        int count = path.getNameCount();

        return count < 2 ? path.toString() : path.getName(count - 2) + "/" + path.getName(count - 1);
    }

    private static Stream<String> executableProcessIds(Path file) {
        return Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class).stream()
                .filter(Process::isExecutable)
                .map(Process::getId);
    }

    private static Stream<String> decisionIds(Path file) {
        return Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class).stream()
                .map(Decision::getId);
    }

    private static String formId(Path file) {
        try {
            return json.readTree(file.toFile()).path("id").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> keys(List<? extends ResourceDefinition> definitions) {
        return definitions.stream().map(ResourceDefinition::getKey).toList();
    }
}
