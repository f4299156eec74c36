package local.servicedesk.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import local.servicedesk.catalog.Catalog;
import local.servicedesk.intake.FieldViolation;
import local.servicedesk.intake.IdempotencyConflict;
import local.servicedesk.intake.IntakeValidator;
import local.servicedesk.intake.InvalidTicket;
import local.servicedesk.ticket.TicketAttachments;
import local.servicedesk.ticket.TicketService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The portal's pages. Following a ticket needs its number and access code once per browser session: the session
 * then remembers the tickets it opened, so the code never travels in a link.
 */
@Controller
@RequestMapping("/portal")
class PortalController {

    private static final String OPENED = PortalController.class.getName() + ".opened";
    private static final Pattern TICKET_NO = Pattern.compile("\\d{13}");

    /** The intake's field names as the portal's form calls them; what the customer cannot change goes on top. */
    private static final Map<String, String> FORM_FIELDS = Map.of(
            "customer", "name",
            "customer.name", "name",
            "customer.phone", "phone",
            "customer.email", "email",
            "channel", "form",
            "callId", "form",
            "Idempotency-Key", "form");

    private final PortalSubmissions submissions;
    private final IntakeValidator validator;
    private final AccessCodes codes;
    private final TicketService tickets;
    private final TicketAttachments attachments;
    private final Catalog catalog;
    private final PortalProperties properties;

    PortalController(
            PortalSubmissions submissions,
            IntakeValidator validator,
            AccessCodes codes,
            TicketService tickets,
            TicketAttachments attachments,
            Catalog catalog,
            PortalProperties properties) {
        this.submissions = submissions;
        this.validator = validator;
        this.codes = codes;
        this.tickets = tickets;
        this.attachments = attachments;
        this.catalog = catalog;
        this.properties = properties;
    }

    @ModelAttribute
    void csrf(Model model, HttpSession session) {
        model.addAttribute("csrfParameter", PortalGuard.PARAMETER);
        model.addAttribute("csrfToken", PortalGuard.token(session));
    }

    @GetMapping
    String home() {
        return "portal/index";
    }

    @GetMapping("/requests/new")
    String newRequest(Model model) {
        RequestForm form = new RequestForm();
        form.setFormKey(UUID.randomUUID().toString());

        return requestPage(model, form, Map.of());
    }

    @PostMapping("/requests")
    String submit(
            @ModelAttribute("form") RequestForm form,
            @RequestParam(name = "attachments", required = false) List<MultipartFile> files,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        Uploads.Checked uploads = Uploads.check(files, properties);
        Map<String, String> errors = formErrors(validator.validate(form.toRequest()));
        if (uploads.refusal() != null) {
            errors.put("attachments", uploads.refusal());
        }
        if (!errors.isEmpty()) {
            return refused(response, model, form, errors);
        }

        try {
            PortalSubmissions.Submission submission = submissions.submit(form, uploads.files());
            return submitted(submission, request, redirect);
        } catch (InvalidTicket e) {
            return refused(response, model, form, formErrors(e.violations()));
        } catch (IdempotencyConflict e) {
            return refused(response, model, form, Map.of("form", "此表单已经提交过。如需提交新的请求，请重新打开“提交服务请求”页面。"));
        }
    }

    @GetMapping("/requests/submitted")
    String submitted(Model model) {
        return model.containsAttribute("ticketNo") ? "portal/submitted" : "redirect:/portal/tickets";
    }

    @GetMapping("/tickets")
    String lookupPage(@RequestParam(required = false) String ticketNo, Model model) {
        return lookupPage(model, ticketNo, Map.of());
    }

    @PostMapping("/tickets")
    String lookup(
            @RequestParam(defaultValue = "") String ticketNo,
            @RequestParam(defaultValue = "") String accessCode,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String number = ticketNo.strip();
        Map<String, String> errors = lookupErrors(number, accessCode);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return lookupPage(model, number, errors);
        }
        if (!codes.opens(number, accessCode)) {
            // the same answer whether the number exists or not: a stranger learns nothing from trying
            response.setStatus(HttpStatus.FORBIDDEN.value());
            return lookupPage(model, number, Map.of("accessCode", "工单号或查询码不正确"));
        }

        open(request, number);
        return "redirect:/portal/tickets/" + number;
    }

    @GetMapping("/tickets/{ticketNo}")
    String ticket(@PathVariable String ticketNo, HttpSession session, Model model) {
        if (!opened(session, ticketNo)) {
            return "redirect:/portal/tickets";
        }

        model.addAttribute(
                "ticket",
                CustomerTicket.of(
                        tickets.get(ticketNo), attachments.list(ticketNo), tickets.timeline(ticketNo), catalog));
        return "portal/ticket";
    }

    @GetMapping("/tickets/{ticketNo}/attachments/{id}")
    ResponseEntity<byte[]> attachment(@PathVariable String ticketNo, @PathVariable long id, HttpSession session) {
        if (!opened(session, ticketNo)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        var content = attachments.content(ticketNo, id);
        if (content.isEmpty()) {
            return ResponseEntity.notFound().build();
        }

        // never the stored type: a file served as HTML from the desk's own address could run script in it
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(content.get().attachment().name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content.get().bytes());
    }

    private String submitted(
            PortalSubmissions.Submission submission, HttpServletRequest request, RedirectAttributes redirect) {
        String ticketNo = submission.ticket().ticketNo();
        open(request, ticketNo);

        redirect.addFlashAttribute("ticketNo", ticketNo);
        redirect.addFlashAttribute("accessCode", submission.accessCode());
        redirect.addFlashAttribute(
                "email", submission.ticket().facts().customer().email());
        return "redirect:/portal/requests/submitted";
    }

    private String refused(HttpServletResponse response, Model model, RequestForm form, Map<String, String> errors) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return requestPage(model, form, errors);
    }

    private String requestPage(Model model, RequestForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("companies", catalog.companies());
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("types", catalog.types());
        model.addAttribute("impacts", catalog.impacts());
        model.addAttribute("urgencies", catalog.urgencies());
        model.addAttribute("maxFiles", properties.maxFiles());
        model.addAttribute("maxFileMegabytes", TicketAttachments.MAX_BYTES / (1024 * 1024));
        model.addAttribute("maxTotalMegabytes", properties.maxTotalSize().toMegabytes());
        return "portal/request-form";
    }

    private static String lookupPage(Model model, String ticketNo, Map<String, String> errors) {
        model.addAttribute("ticketNo", ticketNo);
        model.addAttribute("errors", errors);
        return "portal/lookup";
    }

    private static Map<String, String> lookupErrors(String ticketNo, String accessCode) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (!TICKET_NO.matcher(ticketNo).matches()) {
            errors.put("ticketNo", "工单号应为 13 位数字");
        }
        if (accessCode.isBlank()) {
            errors.put("accessCode", "请输入查询码");
        }
        return errors;
    }

    /** One message per field, the first the intake gave. */
    private static Map<String, String> formErrors(List<FieldViolation> violations) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldViolation violation : violations) {
            errors.putIfAbsent(FORM_FIELDS.getOrDefault(violation.field(), violation.field()), violation.message());
        }
        return errors;
    }

    /** Remembers in the session that it may see the ticket; a new session id, so a planted one learns nothing. */
    private static void open(HttpServletRequest request, String ticketNo) {
        HttpSession session = request.getSession();
        Set<String> opened = new HashSet<>(openedTickets(session));
        opened.add(ticketNo);

        session.setAttribute(OPENED, opened);
        request.changeSessionId();
    }

    private static boolean opened(HttpSession session, String ticketNo) {
        return openedTickets(session).contains(ticketNo);
    }

    @SuppressWarnings("unchecked")
    private static Set<String> openedTickets(HttpSession session) {
        Object opened = session.getAttribute(OPENED);
        return opened instanceof Set<?> set ? (Set<String>) set : Set.of();
    }
}
