package local.servicedesk.calendar;

/** A change that only the desk's admins (group {@code camunda-admin}) may make. */
class AdminOnly extends RuntimeException {

    static final String ADMIN_AUTHORITY = "GROUP_camunda-admin";

    AdminOnly(String user) {
        super("只有管理员（camunda-admin）可以修改工作日历，当前用户：" + user);
    }
}
