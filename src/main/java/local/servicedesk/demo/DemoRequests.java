package local.servicedesk.demo;

import static local.servicedesk.demo.DemoTickets.Stage.CALLBACK;
import static local.servicedesk.demo.DemoTickets.Stage.CLOSED_AFTER_CALLBACK;
import static local.servicedesk.demo.DemoTickets.Stage.FIRST_LINE;
import static local.servicedesk.demo.DemoTickets.Stage.RESOLVED_AT_FIRST_LINE;
import static local.servicedesk.demo.DemoTickets.Stage.SECOND_LINE;

import java.util.List;
import local.servicedesk.demo.DemoTickets.Demo;
import local.servicedesk.demo.DemoTickets.Stage;
import local.servicedesk.intake.TicketRequest;
import local.servicedesk.intake.TicketRequest.CustomerRequest;

/** The demo desk's requests, as customers of the provincial HQ and the city companies would phrase them. */
final class DemoRequests {

    private DemoRequests() {}

    static List<Demo> all() {
        return List.of(
                demo(
                        FIRST_LINE,
                        "PHONE",
                        "hq",
                        "ERP",
                        "CONSULTATION",
                        "LOW",
                        "NORMAL",
                        "ERP 差旅报销单提交后找不到审批人",
                        "报销单保存成功，提交时提示未找到审批人，请问如何处理。",
                        "刘洋",
                        "0731-85601234",
                        "liuyang@hq.servicedesk.local"),
                demo(
                        FIRST_LINE,
                        "EMAIL",
                        "changsha",
                        "DESKTOP",
                        "FAULT",
                        "MEDIUM",
                        "NORMAL",
                        "办公电脑开机蓝屏",
                        "营销部 3 楼一台台式机开机后蓝屏，错误代码 0x0000007B，已重启两次。",
                        "陈静",
                        null,
                        "chenjing@changsha.servicedesk.local"),
                demo(
                        FIRST_LINE,
                        "IM",
                        "hq",
                        "PORTAL",
                        "SERVICE_REQUEST",
                        "LOW",
                        "NORMAL",
                        "申请开通门户目录新栏目维护权限",
                        "科技信通部新设「数字化转型」栏目，需为两名同事开通维护权限。",
                        "周敏",
                        "13707310001",
                        "zhoumin@hq.servicedesk.local"),
                demo(
                        SECOND_LINE,
                        "PORTAL",
                        "hq",
                        "PMS",
                        "FAULT",
                        "MEDIUM",
                        "NORMAL",
                        "PMS 两票无法打印",
                        "生产管理系统中工作票预览正常，点击打印后无响应，影响今日检修开工。",
                        "赵刚",
                        "13807310002",
                        "zhaogang@hq.servicedesk.local"),
                demo(
                        SECOND_LINE,
                        "PHONE",
                        "zhuzhou",
                        "NETWORK",
                        "FAULT",
                        "HIGH",
                        "URGENT",
                        "调度大楼三层网络中断",
                        "株洲公司调度大楼三层所有办公终端无法访问内网，疑似汇聚交换机故障。",
                        "孙磊",
                        "0731-22880011",
                        "sunlei@zhuzhou.servicedesk.local"),
                demo(
                        CALLBACK,
                        "EMAIL",
                        "yueyang",
                        "MARKETING",
                        "FAULT",
                        "MEDIUM",
                        "URGENT",
                        "营销系统电费发行批次卡在计算环节",
                        "本月第三批次电费发行停留在「计算中」已超过两小时。",
                        "吴芳",
                        "0730-8220033",
                        "wufang@yueyang.servicedesk.local"),
                demo(
                        CALLBACK,
                        "PHONE",
                        "hengyang",
                        "OA",
                        "FAULT",
                        "LOW",
                        "NORMAL",
                        "协同办公公文无法签批",
                        "领导在协同办公中打开公文后签批按钮为灰色。",
                        "郑丽",
                        "0734-8150044",
                        null),
                demo(
                        RESOLVED_AT_FIRST_LINE,
                        "PHONE",
                        "hq",
                        "PHONE_DIRECTORY",
                        "CONSULTATION",
                        "LOW",
                        "NORMAL",
                        "查询信通公司值班电话",
                        "需要信通公司运行值班室的行政电话。",
                        "王强",
                        "0731-85605678",
                        null),
                demo(
                        RESOLVED_AT_FIRST_LINE,
                        "IM",
                        "changde",
                        "OTHER_APP",
                        "CONSULTATION",
                        "LOW",
                        "NORMAL",
                        "综合统计系统如何导出月报",
                        "请问综合统计系统中月度报表在哪里导出为 Excel。",
                        "黄磊",
                        "13907360005",
                        "huanglei@changde.servicedesk.local"),
                demo(
                        RESOLVED_AT_FIRST_LINE,
                        "PORTAL",
                        "hq",
                        "PHONE_INSTALL",
                        "SERVICE_REQUEST",
                        "LOW",
                        "NORMAL",
                        "新员工工位申请安装内线电话",
                        "人资部新入职员工工位 A-1206 需安装内线电话一部。",
                        "林娜",
                        "0731-85609012",
                        "linna@hq.servicedesk.local"),
                demo(
                        CLOSED_AFTER_CALLBACK,
                        "PHONE",
                        "xiangtan",
                        "PHONE_REPAIR",
                        "FAULT",
                        "LOW",
                        "NORMAL",
                        "办公电话无拨号音",
                        "湘潭公司办公室分机 6021 拿起听筒无拨号音。",
                        "何伟",
                        "0731-55660021",
                        "hewei@xiangtan.servicedesk.local"),
                demo(
                        CLOSED_AFTER_CALLBACK,
                        "EMAIL",
                        "hq",
                        "ERP",
                        "COMPLAINT",
                        "MEDIUM",
                        "NORMAL",
                        "投诉：ERP 凭证问题三天未处理",
                        "上周反映的 ERP 凭证过账失败问题至今无人联系，影响月结。",
                        "马超",
                        "13807310009",
                        "machao@hq.servicedesk.local"));
    }

    private static Demo demo(
            Stage stage,
            String channel,
            String company,
            String category,
            String type,
            String impact,
            String urgency,
            String subject,
            String description,
            String name,
            String phone,
            String email) {
        return new Demo(
                stage,
                new TicketRequest(
                        channel,
                        company,
                        category,
                        type,
                        impact,
                        urgency,
                        subject,
                        description,
                        new CustomerRequest(name, phone, email)));
    }
}
