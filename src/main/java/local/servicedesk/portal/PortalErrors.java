package local.servicedesk.portal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The portal's errors as pages in Chinese, ahead of the API's problem details. Uploads are parsed lazily
 * ({@code spring.servlet.multipart.resolve-lazily}), so a request over the container's limits still reaches here.
 * Free of the portal's settings on purpose: web-layer tests load every controller advice without them.
 */
@ControllerAdvice(assignableTypes = PortalController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalErrors {

    private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

    @ExceptionHandler
    ModelAndView expired(FormExpired e) {
        return page(HttpStatus.FORBIDDEN, "页面已过期", "页面已过期或来源无法确认，请返回重新打开页面后再提交。");
    }

    @ExceptionHandler
    ModelAndView tooLarge(MultipartException e) {
        log.warn("Portal upload refused by the container: {}", e.getMessage());
        return page(HttpStatus.PAYLOAD_TOO_LARGE, "附件过大", "附件过大或数量过多，请返回按表单中的附件要求重新选择后提交。");
    }

    private static ModelAndView page(HttpStatus status, String title, String message) {
        ModelAndView page = new ModelAndView("portal/error");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("message", message);
        return page;
    }
}
