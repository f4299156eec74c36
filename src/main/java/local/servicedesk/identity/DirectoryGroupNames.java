package local.servicedesk.identity;

import java.util.Map;
import java.util.stream.Collectors;
import local.servicedesk.ticket.GroupNames;
import org.springframework.stereotype.Component;

/** Group names from the desk's directory file, the same names the engine's groups get at start-up. */
@Component
class DirectoryGroupNames implements GroupNames {

    private final Map<String, String> names =
            DirectoryFiles.groups().stream().collect(Collectors.toUnmodifiableMap(DeskGroup::id, DeskGroup::name));

    @Override
    public String nameOf(String groupId) {
        return groupId == null ? null : names.getOrDefault(groupId, groupId);
    }
}
