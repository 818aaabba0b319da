package io.parksuite.platform.events;

/**
 * Which service may publish to a topic: {@code <domain>.events} belongs to
 * {@code <domain>-service}, whose records carry the CloudEvents source
 * {@code /parksuite/<domain>-service} ({@link CloudEventRecords}). Consumers refuse a record of any
 * other source, so that one service cannot pass its events off as another's; on the cluster,
 * per-service Kafka identities with ACLs keep each topic writable by its owner only.
 */
public final class TopicOwners {

    private static final String SUFFIX = ".events";

    private TopicOwners() {
    }

    /** The source every record of {@code topic} must carry; a topic outside the convention has no owner and matches none. */
    public static String sourceOf(String topic) {
        if (topic == null || !topic.endsWith(SUFFIX) || topic.length() == SUFFIX.length()) {
            return "/parksuite/no-owner-of/" + topic;
        }
        return "/parksuite/" + topic.substring(0, topic.length() - SUFFIX.length()) + "-service";
    }
}
