package jp.tsunagari.gaps;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code NO_CROSS_KIND_NETWORK}: a daily-life area that no cross-kind provider network covers. Seed 002 §4-4 (2):
 * networks that support individual networks should be 「日常生活圏（地域包括支援センター領域）単位であることが望ましい」,
 * the layer-2 coordinator's. Suggests that coordinator.
 */
class NoCrossKindNetworkDetector implements GapDetector {

    @Override
    public GapType type() {
        return GapType.NO_CROSS_KIND_NETWORK;
    }

    @Override
    public List<Finding> detect(SupportNetwork network, GapSettings settings, Messages messages) {
        List<Finding> findings = new ArrayList<>();
        network.levelOf().forEach((area, level) -> {
            boolean covered = network.providerNetworks().values().stream()
                    .anyMatch(n -> !n.sameKind() && n.covers().contains(area));
            if ("DAILY_LIFE_AREA".equals(level) && !covered) {
                List<String> coordinators = network.layer2Coordinators().getOrDefault(area, List.of());
                findings.add(messages.finding(type(), Severity.MEDIUM, area, area, List.of(), new Object[] {Messages.Named.of(area)}, "action",
                        new Object[0], coordinators));
            }
        });
        return findings;
    }
}
