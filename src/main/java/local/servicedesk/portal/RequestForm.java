package local.servicedesk.portal;

import java.util.regex.Pattern;
import local.servicedesk.intake.TicketRequest;

/** The portal's request form as the customer filled it in; bound from the form's fields by name. */
public class RequestForm {

    private static final Pattern FORM_KEY = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private String formKey;
    private String company;
    private String category;
    private String type = "FAULT";
    private String impact = "LOW";
    private String urgency = "NORMAL";
    private String subject;
    private String description;
    private String name;
    private String phone;
    private String email;

    TicketRequest toRequest() {
        return new TicketRequest(
                "PORTAL",
                company,
                category,
                type,
                impact,
                urgency,
                subject,
                description,
                new TicketRequest.CustomerRequest(name, phone, email));
    }

    /** The key that makes a form sent twice (a double click, a reload) one ticket; null when it was tampered with. */
    String idempotencyKey() {
        return formKey != null && FORM_KEY.matcher(formKey).matches() ? "portal-" + formKey : null;
    }

    public String getFormKey() {
        return formKey;
    }

    public void setFormKey(String formKey) {
        this.formKey = formKey;
    }

    public String getCompany() {
        return company;
    }

    public void setCompany(String company) {
        this.company = company;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getImpact() {
        return impact;
    }

    public void setImpact(String impact) {
        this.impact = impact;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
