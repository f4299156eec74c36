package local.servicedesk.web;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import local.servicedesk.call.CallNotFound;
import local.servicedesk.call.InvalidCall;
import local.servicedesk.im.InvalidSignature;
import local.servicedesk.intake.FieldViolation;
import local.servicedesk.intake.IdempotencyConflict;
import local.servicedesk.intake.InvalidTicket;
import local.servicedesk.ticket.AttachmentNotFound;
import local.servicedesk.ticket.InvalidPage;
import local.servicedesk.ticket.TicketMoveRefused;
import local.servicedesk.ticket.TicketNotFound;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Maps the desk's exceptions to problem details: bad input is a 400 naming each field, never a 500. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final String TYPES = "https://servicedesk.local/problems/";

    @ExceptionHandler
    ProblemDetail invalidTicket(InvalidTicket e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-ticket", "工单信息有误", "请修正以下字段后重新提交");
        problem.setProperty("errors", errors(e.violations()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail invalidCall(InvalidCall e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-call", "来电记录有误", "请修正以下字段后重新提交");
        problem.setProperty("errors", errors(e.violations()));
        return problem;
    }

    @ExceptionHandler
    ProblemDetail callNotFound(CallNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "call-not-found", "来电不存在", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidSignature(InvalidSignature e) {
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "invalid-signature", "签名无效", e.getMessage());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "HMAC-SHA256 realm=\"servicedesk-im\"")
                .body(problem);
    }

    @ExceptionHandler
    ProblemDetail notFound(TicketNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "ticket-not-found", "工单不存在", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail attachmentNotFound(AttachmentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "attachment-not-found", "附件不存在", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(IdempotencyConflict e) {
        return problem(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-conflict", "幂等键冲突", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(TicketMoveRefused e) {
        return problem(HttpStatus.CONFLICT, "ticket-move-refused", "工单状态不允许此操作", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidPage(InvalidPage e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-page", "分页参数有误", e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name =
                ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName() : ex.getPropertyName();
        ProblemDetail problem = problem(
                HttpStatus.BAD_REQUEST,
                "invalid-parameter",
                "请求参数有误",
                "参数 %s 的值无法识别：%s".formatted(name, ex.getValue()));
        problem.setProperty("errors", List.of(Map.of("field", String.valueOf(name), "message", "值无法识别")));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof StreamConstraintsException) {
            ProblemDetail problem =
                    problem(HttpStatus.PAYLOAD_TOO_LARGE, "body-too-large", "请求内容过大", "请求体超出了服务台接受的大小，请缩短内容后重试");
            return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
        }
        ProblemDetail problem =
                problem(HttpStatus.BAD_REQUEST, "unreadable-body", "请求内容无法解析", "请求体必须是 UTF-8 编码的 JSON 对象");
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPES + type));
        problem.setTitle(title);
        return problem;
    }

    private static List<Map<String, String>> errors(List<FieldViolation> violations) {
        return violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList();
    }
}
