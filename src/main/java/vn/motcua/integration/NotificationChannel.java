package vn.motcua.integration;

/**
 * A way to reach people: the port of notifications. Motcua ships e-mail and a log; SMS gateways and Zalo
 * official accounts plug in as further implementations (a Spring bean of this type is picked up).
 */
public interface NotificationChannel {

    /** A short name for logs, e.g. "email". */
    String name();

    /** Sends to the recipients this channel can reach; returns how many it reached. */
    int send(Notification notification);
}
