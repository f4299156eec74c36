package local.servicedesk.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import local.servicedesk.intake.IntakeService;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.support.DeskIntegrationTest;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a seat reads of a ticket in Tasklist besides the form's own fields: the columns of the task cards, which the
 * queue filters name, and the story so far. Same context as {@link TicketProcessTest}.
 */
@DeskIntegrationTest(properties = "camunda.bpm.job-execution.enabled=false")
class TicketWorkplaceTest {

    /** Wednesday 2 December 2026, 10:00 in Beijing: the seats are working. */
    static final Instant WORKING_TIME = Instant.parse("2026-12-02T02:00:00Z");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    @Autowired
    ProcessEngine engine;

    @Autowired
    IntakeService intake;

    @Autowired
    RuntimeService runtime;

    @Autowired
    FilterService filters;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(WORKING_TIME));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void givesTheTaskCardEveryColumnOfTheQueueFilters() {
        ProcessInstance instance = open("OA", "changsha");

        Map<String, Object> variables = runtime.getVariables(instance.getId());

        List<Filter> all = filters.createTaskFilterQuery().list();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        for (Filter filter : all) {
            for (Map<String, String> column : columns(filter)) {
                assertThat(column.get("label")).as(filter.getName()).containsPattern(HAN);
                assertThat(variables.get(column.get("name")))
                        .as(filter.getName() + " " + column.get("name"))
                        .isNotNull();
            }
        }
    }

    @Test
    void namesTheCodesOfTheTicketInChinese() {
        ProcessInstance instance = open("OA", "changsha");

        Map<String, Object> variables = runtime.getVariables(instance.getId());

        assertThat(variables)
                .containsEntry("channelLabel", "电话")
                .containsEntry("companyName", "长沙供电公司")
                .containsEntry("categoryLabel", "协同办公")
                .containsEntry("typeLabel", "故障");
    }

    @Test
    void renamesTheCategoryOnTheWorkOrderWhenFirstLineCorrectsIt() {
        ProcessInstance instance = open("ERP", "hq");

        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "实为网络故障", "category", "NETWORK"));
        execute(job(instance));

        assertThat(task(instance).getTaskDefinitionKey()).isEqualTo("second-line");
        assertThat(runtime.getVariable(instance.getId(), "categoryLabel")).isEqualTo("网络");
    }

    @Test
    void tellsTheStorySoFarWhenEachTaskIsCreated() {
        ProcessInstance instance = open("PMS", "hq");
        String atFirstLine = history(instance);

        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "工作票无法流转，需二线排查"));
        execute(job(instance));
        String atSecondLine = history(instance);
        complete(task(instance), withVariables("outcome", "FIXED", "resolution", "修复流程配置，工作票已可流转"));
        String atCallback = history(instance);

        assertThat(atFirstLine).contains("2026-12-02 10:00 seat-biz1：通过电话渠道受理").contains("进入一线队列");
        assertThat(atSecondLine)
                .startsWith(atFirstLine)
                .contains("派发二线工单：工作票无法流转，需二线排查")
                .contains("生成工单 " + instance.getBusinessKey() + "-01");
        assertThat(atCallback)
                .startsWith(atSecondLine)
                .contains("二线处理完成：修复流程配置")
                .contains("进入回访队列");
    }

    @Test
    void tellsTheCallbackHowOftenTheSeatsTriedBefore() {
        ProcessInstance instance = open("OA", "hq");
        complete(task(instance), withVariables("outcome", "ESCALATE", "resolution", "需二线处理"));
        execute(job(instance));
        complete(task(instance), withVariables("outcome", "FIXED", "resolution", "已处理"));

        Object beforeFirstTry = runtime.getVariable(instance.getId(), "callbackAttempts");

        assertThat(beforeFirstTry).isEqualTo(0);
    }

    private String history(ProcessInstance instance) {
        return (String) runtime.getVariable(instance.getId(), "historyText");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> columns(Filter filter) {
        return (List<Map<String, String>>) filter.getProperties().get("variables");
    }

    private ProcessInstance open(String category, String company) {
        var request = new TicketRequest(
                "PHONE",
                company,
                category,
                "FAULT",
                "MEDIUM",
                "NORMAL",
                "测试请求：" + category,
                "任务卡片与经过",
                new TicketRequest.CustomerRequest("张伟", "13900000000", "zhangwei@servicedesk.local"));
        String ticketNo = intake.submit(request, null, "seat-biz1").ticket().ticketNo();
        return runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(ticketNo)
                .singleResult();
    }
}
