package cn.ziping.template;

import cn.ziping.template.FormContent.FundLine;
import cn.ziping.template.FormContent.IndicatorLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The example submission: 保定市徐水区应急管理局, 2024, rebuilt from its published report
 * (shared/seed). Which numbers come from the report and which are made up is listed in
 * workbook-templates/examples/README.md. It keeps the report's slip: 购买消防特种车辆保险费用
 * typed as 67805.20 (元) in the 万元 columns.
 */
public final class ExampleData {

    public static final String UNIT = "保定市徐水区应急管理局";
    public static final String YEAR = "2024";
    public static final String FILE_NAME = "保定市徐水区应急管理局2024年度预算项目绩效自评表.xlsx";

    private ExampleData() {
    }

    /** A project as the unit filled it. */
    private static final class P {
        final String name;
        final String source;
        final BigDecimal budget;
        BigDecimal executed;
        boolean carryOver;
        boolean spotCheck;
        String remark;
        String goalExpected;
        String goalActual;
        final List<IndicatorLine> ind = new ArrayList<>();

        P(String name, String amount, String source) {
            this.name = name;
            this.budget = new BigDecimal(amount);
            this.executed = budget;
            this.source = source;
        }

        P goal(String expected, String actual) {
            goalExpected = expected;
            goalActual = actual;
            return this;
        }

        P add(String l1, String l2, String n, String target, String actual, int w, String score, String reason) {
            ind.add(new IndicatorLine(l1, l2, n, target, actual, BigDecimal.valueOf(w),
                    score == null ? BigDecimal.valueOf(w) : new BigDecimal(score), reason));
            return this;
        }
    }

    /**
     * The usual seven indicators of a fully achieved project: quantities (20 points in all),
     * quality, timeliness, cost, social benefit, sustainability, satisfaction.
     */
    private static P standard(String name, String amount, String source, String expected, String actual,
                              String[][] quantities, String social, String sustain, int satisfaction,
                              String[] cost) {
        P p = new P(name, amount, source);
        int surveyed = 50;
        p.goal(expected, actual + "经问卷调查（发放问卷" + surveyed + "份，收回" + surveyed + "份，满意"
                + satisfaction * surveyed / 100 + "份），服务对象满意度为" + satisfaction + "%。");
        int w = 20 / quantities.length;
        for (String[] q : quantities) {
            p.add("产出指标", "数量指标", q[0], q[1], q[2], w, null, null);
        }
        p.add("产出指标", "质量指标", "资金使用合规率", "=100%", "100%", 10, null, null);
        p.add("产出指标", "时效指标", "项目完成时间", "2024年12月底前", "达成年度指标", 10, null, null);
        if (cost == null) cost = new String[] {"项目支出", "≤" + amount + "万元", amount + "万元"};
        p.add("产出指标", "成本指标", cost[0], cost[1], cost[2], 10, null, null);
        p.add("效益指标", "社会效益指标", social, "有效提升", "达成年度指标", 20, null, null);
        p.add("效益指标", "可持续影响指标", sustain, "长期发挥作用", "达成年度指标", 10, null, null);
        p.add("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", satisfaction + "%", 10, null, null);
        return p;
    }

    private static String[][] q(String... v) {
        String[][] out = new String[v.length / 3][];
        for (int i = 0; i < out.length; i++) out[i] = new String[] {v[3 * i], v[3 * i + 1], v[3 * i + 2]};
        return out;
    }

    private static List<P> projects() {
        List<P> ps = new ArrayList<>();
        String safety = "全区未发生重大安全生产事故，";
        ps.add(standard("提前下达2024年自然灾害救助专项资金", "3.00", "省级",
                "落实农村住房保险上级补助，受灾农户应赔尽赔，受灾群众损失降到最低。",
                "上级补助资金全部用于农房保险投保，通过核查评估，农村住房保险做到应赔尽赔。",
                q("补助投保农户", "≥5000户", "5000户"), "受灾群众损失降低", "农房保险保障机制持续运行", 96, null));
        ps.add(standard("2024年度政策性农房保险服务项目", "37.2", "县级",
                "为全区12.4万户农房投保，投保金额每户9元，区级配套每户3元，受灾群众损失降到最低。",
                "以招投标形式确定保险公司，为全区12.4万户农房投保，区级配套资金37.2万元全部到位。",
                q("投保农房户数", "≥12.4万户", "12.4万户"), "受灾农户及时获得赔付", "农房保险长效机制", 98, null));
        P general = standard("应急综合管理工作经费", "6.50", "县级",
                "保障全区应急综合管理工作，做好宣传、培训，组织应急演练，依法查处安全生产违法案件。",
                "组织演练5次，购置办公设备3个，" + safety + "各部门协调顺畅。",
                q("组织应急演练", "≥5次", "5次", "购置办公设备", "≥3个", "3个"), "应急管理能力提升",
                "应急管理工作机制持续运行", 92, null);
        general.ind.set(general.ind.size() - 1, new IndicatorLine("满意度指标", "服务对象满意度指标", "服务对象满意度",
                "≥95%", "92%", BigDecimal.TEN, new BigDecimal("9.68"),
                "部分乡镇反映宣传培训覆盖面不足；下一步增加培训场次，扩大覆盖面。"));
        ps.add(general);
        ps.add(standard("安全生产专家经费", "4.20", "县级",
                "聘请法律专家和安全生产专家，督导检查全区安全生产，发现、纠正、督促企业消除各类隐患。",
                "聘请法律专家1人，安全生产专家排查隐患检查企业81人次，" + safety + "确保了全区安全稳定。",
                q("聘请法律专家", "≥1人", "1人", "专家检查企业", "≥81人次", "81人次"), "企业安全隐患及时消除",
                "安全生产形势持续稳定", 94, null));
        ps.add(standard("安全生产专项经费", "14.21", "县级",
                "租赁轿车2辆用于安全生产执法及督导检查，保障监管执法必需的车辆。",
                "2024年支出14.21万元，租赁轿车2辆用于安全生产执法及督导检查工作，" + safety,
                q("租赁执法车辆", "≥2辆", "2辆"), "安全生产执法保障水平提升", "执法保障持续有效", 96, null));
        P team = standard("森林草原消防专业队伍建设经费", "241.94", "县级",
                "招聘森林草原消防队员40人，保障队伍常年稳定，提升森林草原火灾和其他灾害事故应急救援水平。",
                "招聘消防队员40人（一线队员35人、内勤人员5人），队伍常年稳定；241.94万元用于发放工资、缴纳保险，2024年12月支出完毕。",
                q("招聘森林草原消防队员", "≥40人", "40人"), "森林草原火灾应急救援水平提升", "专业队伍体系长期稳定", 98, null);
        team.spotCheck = true;
        ps.add(team);
        ps.add(standard("森林草原消防大队基本运转经费", "5.75", "县级",
                "雇佣厨师2人，解决队员饮食问题，稳定队伍。",
                "雇佣厨师2人，按月发放工资、缴纳保险，队员饮食得到保障。",
                q("雇佣厨师", "≥2人", "2人"), "队伍稳定性提升", "后勤保障长期稳定", 96, null));
        P camp = new P("2023年度森林草原消防大队基本运转经费", "9.5", "县级");
        camp.executed = new BigDecimal("5.70");
        camp.carryOver = true;
        camp.remark = "结转项目，执行进度滞后";
        camp.goal("支付伙食费、电费、修车、营区维修等基本运转支出，保障森防大队工作顺利进行。",
                "结转资金9.5万元当年支付5.70万元，营区维修只完成1项，伙食费支付至6月；经问卷调查（发放问卷40份，收回40份，满意28份），队员满意度为70%。");
        camp.add("产出指标", "数量指标", "支付伙食费月数", "≥12个月", "6个月", 20, "10.00", "结转资金拨付较晚，下半年伙食费改由当年经费列支；今后及早拨付。")
            .add("产出指标", "数量指标", "完成营区维修项目", "≥2项", "1项", 10, "5.00", "一项维修因招标延期未完成；2025年上半年完成。")
            .add("产出指标", "质量指标", "资金使用合规率", "=100%", "100%", 10, null, null)
            .add("产出指标", "时效指标", "资金支付完成时间", "2024年6月底前", "未达成年度指标且效果较差", 10, "3", "截至年底资金仅支付60%；加快结转资金支付进度。")
            .add("效益指标", "社会效益指标", "保障森防大队正常运转", "有效保障", "部分达成年度指标并具有一定效果", 20, "12", "部分运转支出延后，保障不充分；优化支出计划。")
            .add("效益指标", "可持续影响指标", "营区条件持续改善", "持续改善", "未达成年度指标且效果较差", 10, "4", "营区维修未全部完成；2025年继续实施。")
            .add("满意度指标", "服务对象满意度指标", "队员满意度", "≥90%", "70%", 10, "7.78", "伙食和营区条件未达预期；改进后勤保障。");
        ps.add(camp);
        P relief = new P("2023年度救灾物资采购资金", "12.83", "县级");
        relief.executed = new BigDecimal("6.415");
        relief.carryOver = true;
        relief.remark = "结转项目，采购分批实施";
        relief.goal("采购棉大衣400件、棉被200件、棉褥200件、单帐篷10顶、棉帐篷10顶，提高防灾减灾救灾能力。",
                "结转资金12.83万元当年支付6.415万元，完成第一批采购：棉大衣200件、棉被100件、棉褥100件、帐篷10顶；经问卷调查（发放问卷30份，收回30份，满意24份），满意度为80%。");
        relief.add("产出指标", "数量指标", "采购棉大衣", "≥400件", "200件", 10, "5.00", "分批采购，第二批2025年实施。")
            .add("产出指标", "数量指标", "采购棉被", "≥200件", "100件", 10, "5.00", "分批采购，第二批2025年实施。")
            .add("产出指标", "数量指标", "采购棉褥", "≥200件", "100件", 10, "5.00", "分批采购，第二批2025年实施。")
            .add("产出指标", "数量指标", "采购帐篷（单帐篷、棉帐篷）", "≥20顶", "10顶", 10, "5.00", "棉帐篷未到货；督促供应商履约。")
            .add("产出指标", "时效指标", "采购完成时间", "2024年6月底前", "未达成年度指标且效果较差", 10, "2", "采购未按期完成；压实采购进度。")
            .add("效益指标", "社会效益指标", "救灾物资储备能力提升", "明显提升", "部分达成年度指标并具有一定效果", 20, "12", "储备规模仅达计划一半；2025年补足。")
            .add("效益指标", "可持续影响指标", "储备规模逐年达标", "按五年计划达标", "未达成年度指标且效果较差", 10, "3", "年度储备目标未达成；调整采购计划。")
            .add("满意度指标", "服务对象满意度指标", "受灾群众满意度", "≥90%", "80%", 10, "8.89", "物资到位不及时；加快采购。");
        ps.add(relief);
        ps.add(standard("网络视频系统服务费", "0.96", "县级",
                "缴纳1套网络视频系统每年所需服务费，保障应急系统网络视频会议、培训、应急指挥。",
                "缴纳1套网络视频系统年度服务费，视频会议、培训和应急指挥运行正常。",
                q("网络视频系统", "=1套", "1套"), "应急指挥通信保障能力", "系统长期稳定运行", 96, null));
        ps.add(standard("2024年防汛应急演练费用", "9.077", "县级",
                "聘请第三方演练机构，组织承办1次徐水区2024年防汛避险人员转移暨抢险救援综合应急演练。",
                "组织承办1次防汛避险人员转移暨抢险救援综合应急演练，防汛抢险处置能力明显提高。",
                q("组织综合应急演练", "≥1次", "1次"), "防汛抢险处置能力提升", "演练成果长期应用", 96, null));
        P cars = standard("购买消防特种车辆保险费用", "67805.20", "县级",
                "为18辆消防特种车辆购买商业保险，减少车辆运行中的交通风险和可能发生的损失。",
                "为消防水罐车1辆、运兵车2辆及14个乡镇和开发区消防水罐车各1辆共18辆特种车辆购买商业保险。",
                q("投保特种车辆", "≥18辆", "18辆"), "车辆运行风险降低", "特种车辆持续投入使用", 96,
                new String[] {"每辆车商业险保费", "≤4000元", "3767元"});
        ps.add(cars);
        ps.add(standard("配发制式服装和标志费用", "7.80494", "县级",
                "按照省级统一招标、分级签订合同的方式，为执法人员配发综合执法制式服装和标志。",
                "已完成采购，货物全部到位，为我局执法人员22人配发制式服装和标志。",
                q("配发制式服装执法人员", "≥22人", "22人"), "执法形象规范统一", "执法服装标准长期统一", 96, null));
        ps.add(standard("购置武警中队应急救援装备费用", "10.3466", "县级",
                "为我区武警中队配备应急救援装备，提升应急救援能力。",
                "购置武警中队应急救援装备193个，已全部配发到位。",
                q("购置应急救援装备", "≥193个", "193个"), "武警中队应急救援能力提升", "装备长期发挥作用", 96, null));
        P agency = standard("机关劳务派遣人员工资保险", "35.11", "县级",
                "保障8名劳务派遣人员工资保险支出，缓解人员短缺，保障应急管理工作正常开展。",
                "35.11万元用于8名劳务派遣人员工资保险支出，保障了我局工作正常开展。",
                q("保障劳务派遣人员", "≥8人", "8人"), "机关工作正常开展", "人员队伍稳定", 94, null);
        agency.ind.set(4, new IndicatorLine("效益指标", "社会效益指标", "机关工作正常开展", "有效提升",
                "达成年度指标", BigDecimal.valueOf(20), new BigDecimal("18"),
                "人员工作量持续加大，部分业务仍需加班完成；优化岗位分工。"));
        ps.add(agency);
        String warning = "建设预警指挥项目：购置值班室调度显示设备1台，指挥中心音视频改造及集成，配备370MHZ多模终端10台。";
        ps.add(standard("河北省自然灾害应急能力提升工程预警指挥项目国债项目中央资金", "87.2", "中央",
                warning + "国债补助资金（80%）87.2万元。", "预警指挥项目建成，指挥中心音视频改造完成，调度显示设备及多模终端配备到位。",
                q("调度显示设备", "≥1台", "1台", "370MHZ多模终端", "≥10台", "10台"), "灾害预警响应和指挥调度能力提升",
                "协同联动机制长期运行", 96, null));
        ps.add(standard("河北省自然灾害应急能力提升工程预警指挥项目国债项目省级配套", "7.27", "省级",
                warning + "省级配套资金7.27万元。", "省级配套资金7.27万元全部用于预警指挥项目建设，项目建成投用。",
                q("调度显示设备", "≥1台", "1台", "370MHZ多模终端", "≥10台", "10台"), "灾害预警响应和指挥调度能力提升",
                "协同联动机制长期运行", 96, null));
        ps.add(standard("河北省自然灾害应急能力提升工程预警指挥项目国债项目县级配套", "3.37", "县级",
                warning + "县级配套资金3.37万元。", "县级配套资金3.37万元全部用于预警指挥项目建设，项目建成投用。",
                q("调度显示设备", "≥1台", "1台", "370MHZ多模终端", "≥10台", "10台"), "灾害预警响应和指挥调度能力提升",
                "协同联动机制长期运行", 96, null));
        String base = "为我区16支应急救援队伍配备快速投送、抢险救援、通信指挥等专业救援装备481个。";
        P central = standard("河北省保定市基层防灾工程国债项目中央资金", "1133.54", "中央",
                base + "中央资金1133.54万元。", "16支应急救援队伍配备专业救援装备481个，基层防灾减灾救灾能力明显提升。",
                q("配备专业救援装备", "≥481个", "481个", "覆盖应急救援队伍", "≥16支", "16支"), "基层防灾减灾救灾能力提升",
                "装备长期发挥作用", 96, null);
        central.spotCheck = true;
        ps.add(central);
        ps.add(standard("河北省保定市基层防灾工程国债项目省级配套", "94.48", "省级",
                base + "省级配套94.48万元。", "16支应急救援队伍配备专业救援装备481个，装备全部到位。",
                q("配备专业救援装备", "≥481个", "481个", "覆盖应急救援队伍", "≥16支", "16支"), "基层防灾减灾救灾能力提升",
                "装备长期发挥作用", 96, null));
        ps.add(standard("河北省保定市基层防灾工程国债项目县级配套", "114.38", "县级",
                base + "县级配套114.38万元。", "16支应急救援队伍配备专业救援装备481个，装备全部到位。",
                q("配备专业救援装备", "≥481个", "481个", "覆盖应急救援队伍", "≥16支", "16支"), "基层防灾减灾救灾能力提升",
                "装备长期发挥作用", 96, null));
        // The report only counts the following projects: names, amounts and indicators are made up.
        ps.add(standard("安全生产月活动经费", "2.10", "县级",
                "开展“安全生产月”宣传咨询、警示教育和应急演练活动。",
                "开展安全生产月集中宣传咨询活动1次，发放宣传资料3000份。",
                q("集中宣传咨询活动", "≥1次", "1次", "发放宣传资料", "≥3000份", "3000份"), "公众安全意识提升",
                "安全文化持续建设", 94, null));
        ps.add(standard("应急值班值守经费", "1.50", "县级",
                "保障全年24小时应急值班值守，及时报送突发事件信息。",
                "全年365天24小时值班值守，突发事件信息按时报送。",
                q("值班值守天数", "≥365天", "365天"), "突发事件信息报送及时", "值班制度长期落实", 96, null));
        ps.add(standard("应急管理培训经费", "1.20", "县级",
                "组织乡镇应急管理人员和企业负责人开展应急管理培训。",
                "举办培训班2期，培训乡镇应急管理人员和企业负责人260人次。",
                q("举办培训班", "≥2期", "2期", "培训人次", "≥260人次", "260人次"), "基层应急管理能力提升",
                "培训机制长期运行", 94, null));
        P radio = new P("2023年度应急广播系统维护经费", "1.47094", "县级");
        radio.executed = new BigDecimal("0.809017");
        radio.carryOver = true;
        radio.remark = "结转项目，维护合同年中签订";
        radio.goal("维护乡村应急广播终端30个，保障预警信息及时发布。",
                "结转资金当年支付55%，完成维护终端15个；经问卷调查（发放问卷40份，收回40份，满意30份），群众满意度为75%。");
        radio.add("产出指标", "数量指标", "维护应急广播终端", "≥30个", "15个", 20, "10.00", "维护合同签订较晚；2025年完成剩余维护。")
            .add("产出指标", "质量指标", "终端完好率", "≥95%", "60%", 10, "6.32", "部分终端老化未及时维修；加快维修。")
            .add("产出指标", "时效指标", "维护完成时间", "2024年6月底前", "未达成年度指标且效果较差", 10, "3", "维护未按期完成；压实进度。")
            .add("产出指标", "成本指标", "单个终端维护费", "≤500元/个", "490元/个", 10, null, null)
            .add("效益指标", "社会效益指标", "预警信息覆盖面扩大", "明显扩大", "部分达成年度指标并具有一定效果", 20, "12", "半数终端未维护；2025年补齐。")
            .add("效益指标", "可持续影响指标", "广播系统长效运行", "长效运行", "未达成年度指标且效果较差", 10, "2", "维护机制未建立；建立年度维护制度。")
            .add("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "75%", 10, "8.33", "部分村广播无法收听；加快维修。");
        ps.add(radio);
        return ps;
    }

    public static SummaryContent summary() {
        List<SummaryContent.Row> rows = new ArrayList<>();
        for (FormContent f : forms()) {
            P p = find(f.name());
            rows.add(new SummaryContent.Row(p.name, p.source, p.budget, p.budget, p.executed,
                    new BigDecimal(f.typedRate()), f.typedTotal(), f.typedGrade(), p.carryOver ? "是" : "否",
                    p.spotCheck || p.name.equals("2024年度政策性农房保险服务项目") ? "是" : "否", f.sheet(), p.remark));
        }
        return new SummaryContent(UNIT, YEAR, BigDecimal.valueOf(25), new BigDecimal("1851.72"), null,
                BigDecimal.valueOf(22), BigDecimal.ZERO, BigDecimal.valueOf(3), rows, 0);
    }

    private static P find(String name) {
        return projects().stream().filter(p -> p.name.equals(name)).findFirst().orElseThrow();
    }

    public static List<FormContent> forms() {
        List<FormContent> out = new ArrayList<>();
        for (P p : projects()) {
            BigDecimal current = p.carryOver ? BigDecimal.ZERO : p.budget;
            BigDecimal currentExec = p.carryOver ? BigDecimal.ZERO : p.executed;
            BigDecimal carry = p.carryOver ? p.budget : null;
            BigDecimal carryExec = p.carryOver ? p.executed : null;
            List<FundLine> funds = List.of(new FundLine("年度资金总额", p.budget, p.budget, p.executed),
                    new FundLine("其中：当年财政拨款", current, current, currentExec),
                    new FundLine("上年结转资金", carry, carry, carryExec),
                    new FundLine("其他资金", null, null, null));
            UnitSpreadsheet typed = UnitSpreadsheet.of(p.budget, p.executed, p.ind.stream().map(IndicatorLine::score).toList());
            out.add(new FormContent(sheetName(p.name), YEAR, p.name, UNIT, UNIT, funds, p.goalExpected,
                    p.goalActual, p.ind, typed.rate(), typed.executionScore(), typed.total(), typed.grade()));
        }
        return out;
    }

    /** Excel sheet names hold at most 31 characters. */
    static String sheetName(String name) {
        return name.length() <= 31 ? name : name.substring(0, 31);
    }
}
