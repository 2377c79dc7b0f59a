package cn.ziping.check;

import cn.ziping.model.Finding;
import cn.ziping.model.Indicator;
import cn.ziping.model.Messages;
import cn.ziping.model.ProjectForm;
import cn.ziping.model.Severity;
import cn.ziping.score.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * I011: the 一级 split differs from the customary 产出 50 / 效益 30 / 满意度 10 ("原则上", so a
 * warning). Only judged when the indicators add up to 90 (otherwise I009 speaks). Example: 60/20/10.
 */
public final class I011CustomarySplit implements Check {

    private static final Map<String, BigDecimal> CUSTOM = Map.of("产出指标", new BigDecimal(50),
            "效益指标", new BigDecimal(30), "满意度指标", BigDecimal.TEN);

    @Override public String code() { return "I011"; }
    @Override public Severity severity() { return Severity.WARNING; }
    
    @Override
    public List<Finding> run(Context ctx) {
        List<Finding> out = new ArrayList<>();
        if (ctx.profile().indicatorWeight().compareTo(new BigDecimal(90)) != 0) return out;
        for (ProjectForm f : ctx.forms()) {
            if (!cn.ziping.model.Num.allKnown(I009WeightTotals.weights(f))) continue; // an unreadable 分值 is R002's
            Map<String, BigDecimal> split = new LinkedHashMap<>();
            CUSTOM.keySet().stream().sorted().forEach(k -> split.put(k, BigDecimal.ZERO));
            BigDecimal all = BigDecimal.ZERO;
            for (Indicator i : f.indicators()) {
                BigDecimal w = i.weight() == null ? BigDecimal.ZERO : i.weight().orZero();
                all = all.add(w);
                split.merge(i.level1().value(), w, BigDecimal::add);
            }
            // A missing category is I012's; a wrong total is I009's.
            if (all.compareTo(new BigDecimal(90)) != 0 || split.size() > 3
                    || split.values().stream().anyMatch(v -> v.signum() == 0)) continue;
            boolean same = CUSTOM.entrySet().stream().allMatch(e -> split.get(e.getKey()).compareTo(e.getValue()) == 0);
            if (!same) {
                out.add(at(f.indicatorsLabel().at(), Messages.text("I011.message", Money.plain(split.get("产出指标")),
                        Money.plain(split.get("效益指标")), Money.plain(split.get("满意度指标"))), null, Messages.text("I011.fix")));
            }
        }
        return out;
    }
}
