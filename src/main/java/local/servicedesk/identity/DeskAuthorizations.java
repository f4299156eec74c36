package local.servicedesk.identity;

import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * What each kind of desk group may do in the engine, Tasklist and Cockpit.
 *
 * <p>Task rights are not granted here: the engine grants READ and UPDATE on a task to its candidate groups and
 * assignee as the task is created. With {@code enforceSpecificVariablePermission} off (the default), READ on the
 * task also lets Tasklist read its form's variables, and the deployed form of a task needs nothing but READ on the
 * task. So a seat sees and completes only the tasks of its own groups; the task cards' columns need one grant more.
 */
@Component
class DeskAuthorizations {

    static final String TICKET_PROCESS = "ticket";
    static final String ANY = "*";

    private final Grants grants;

    DeskAuthorizations(Grants grants) {
        this.grants = grants;
    }

    void grant(List<DeskGroup> groups) {
        groups.forEach(this::grant);
    }

    private void grant(DeskGroup group) {
        if (group.is(GroupKind.ADMIN)) {
            grantEverything(group.id());
            return;
        }
        if (group.is(GroupKind.TELEPHONY)) {
            return;
        }

        grantTasklist(group.id());
        if (group.kind().startsTickets()) {
            grantTicketStart(group.id());
        }
        if (group.is(GroupKind.SECOND_LINE)) {
            grants.grant(
                    group.id(),
                    PROCESS_DEFINITION,
                    TICKET_PROCESS,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_HISTORY);
        }
        if (group.kind().startsTickets() || group.is(GroupKind.SECOND_LINE)) {
            grantTaskCards(group.id());
        }
        if (group.is(GroupKind.SUPERVISION)) {
            grantSupervision(group.id());
        }
    }

    /** Colleagues' and groups' names let Tasklist show who holds a task instead of bare ids. */
    private void grantTasklist(String groupId) {
        grants.grant(groupId, APPLICATION, "tasklist", Permissions.ACCESS);
        grants.grant(groupId, USER, ANY, Permissions.READ);
        grants.grant(groupId, GROUP, ANY, Permissions.READ);
    }

    /** Tasklist's "start process" lists only definitions the user may instantiate, and needs the start form. */
    private void grantTicketStart(String groupId) {
        grants.grant(
                groupId,
                PROCESS_DEFINITION,
                TICKET_PROCESS,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.CREATE_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY);
        grants.grant(groupId, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
    }

    /**
     * Tasklist reads the variables that a task card shows (see {@code TasklistFilters}) from the task's process
     * instance, which READ on the task does not cover. Every desk user may read every ticket through the ticket API
     * anyway; this opens no task of another group.
     */
    private void grantTaskCards(String groupId) {
        grants.grant(groupId, PROCESS_DEFINITION, TICKET_PROCESS, ProcessDefinitionPermissions.READ_INSTANCE);
    }

    /** Shift leaders and supervisors watch every ticket in Cockpit and every open task in Tasklist. */
    private void grantSupervision(String groupId) {
        grants.grant(groupId, APPLICATION, "cockpit", Permissions.ACCESS);
        grants.grant(
                groupId,
                PROCESS_DEFINITION,
                ANY,
                ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.READ_TASK);
        grants.grant(groupId, PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
        grants.grant(groupId, TASK, ANY, Permissions.READ);
        grants.grant(groupId, DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grants.grant(groupId, DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grants.grant(groupId, DEPLOYMENT, ANY, Permissions.READ);
    }

    /** The Camunda starter grants the same with its admin user; the desk keeps it even without that user. */
    private void grantEverything(String groupId) {
        for (Resources resource : Resources.values()) {
            grants.grant(groupId, resource, ANY, Permissions.ALL);
        }
    }
}
