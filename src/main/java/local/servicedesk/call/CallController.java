package local.servicedesk.call;

import java.net.URI;
import java.security.Principal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/calls} from the CTI, and {@code GET /api/calls/{callId}} for seats linking a ticket. */
@RestController
class CallController {

    private final PhoneCalls calls;

    CallController(PhoneCalls calls) {
        this.calls = calls;
    }

    @PostMapping("/api/calls")
    ResponseEntity<CallView> record(@RequestBody CallRecord record, Principal user) {
        PhoneCalls.Recorded recorded = calls.record(record, user.getName());

        return ResponseEntity.status(recorded.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/calls/" + recorded.call().callId()))
                .header("Idempotent-Replayed", String.valueOf(recorded.replayed()))
                .body(recorded.call());
    }

    @GetMapping("/api/calls/{callId}")
    CallView get(@PathVariable String callId) {
        return calls.get(callId);
    }
}
