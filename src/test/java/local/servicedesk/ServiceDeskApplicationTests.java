package local.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(properties = {"desk.demo.enabled=false", "desk.mail.embedded=false"})
class ServiceDeskApplicationTests {

    @Autowired
    RepositoryService repositoryService;

    @Test
    void startsTheEngine() {
        assertThat(repositoryService.createDeploymentQuery().count()).isGreaterThanOrEqualTo(0);
    }
}
