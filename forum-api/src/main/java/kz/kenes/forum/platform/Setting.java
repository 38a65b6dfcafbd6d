package kz.kenes.forum.platform;

/**
 * Every environment variable Kenes reads, with its default and what it means: the one list of the
 * settings. The application reads its own through {@link Settings} (MicroProfile Config, whose
 * environment source sees them); the others are read by the WildFly CLI script ({@code
 * ${env.KENES_…}} in {@code deploy/src/main/wildfly/kenes.cli}), by {@code persistence.xml}, by
 * Keycloak or by the {@code deploy/} scripts, and are listed here so that the README's settings
 * table, checked against this enum by {@code SettingsTest}, is complete.
 */
public enum Setting {
  KENES_DATA_DIR(
      Reader.SERVER_AND_APP,
      null,
      "`./data` under `deploy/run` (the bare server: `standalone/data/kenes`)",
      "Data folder: H2 database in `db/`; `deploy/run` also puts logs in `logs/` and WildFly state"
          + " in `wildfly/`. The search index lives in `index/` under it and the generated data"
          + " key in `keys/` (docs/operations.md)."),
  KENES_DB_URL(
      Reader.SERVER,
      null,
      "`jdbc:h2:file:$KENES_DATA_DIR/db/kenes;WRITE_DELAY=0;LOCK_TIMEOUT=10000`",
      "JDBC URL. The default is an embedded H2 file database; set a `jdbc:postgresql://…` URL to"
          + " use PostgreSQL."),
  KENES_DB_USER(Reader.SERVER, "sa", "Database user."),
  KENES_DB_PASSWORD(Reader.SERVER, "sa", "Database password."),
  KENES_DB_DRIVER(
      Reader.SERVER,
      "h2",
      "JDBC driver name, `h2` or `postgresql`. `deploy/run` sets `postgresql` itself when"
          + " `KENES_DB_URL` starts with `jdbc:postgresql:`."),
  KENES_DB_POOL_MAX(Reader.SERVER, "20", "Maximum connections in the pool."),
  KENES_OIDC_PROVIDER_URL(
      Reader.SERVER_AND_APP,
      "http://localhost:8180/realms/kenes",
      "Keycloak realm URL (the server's OIDC client; the pages' sign-out link)."),
  KENES_OIDC_CLIENT_ID(
      Reader.SERVER_AND_APP,
      "kenes-web",
      "OIDC client of the web application (the server's OIDC client; the pages' sign-out link)."),
  KENES_OIDC_CLIENT_SECRET(
      Reader.SERVER, "kenes-dev-secret", "Its secret. Change it in production."),
  KENES_OIDC_SSL_REQUIRED(
      Reader.SERVER,
      "external",
      "When the OIDC client demands HTTPS (`external`: for non-local addresses)."),
  KENES_DEMO_DATA(
      Reader.APP,
      "false",
      "`false` in the server",
      "`true` loads the demo bodies, accounts and threads once. `deploy/run` and the tests set"
          + " `true`."),
  KENES_LOG_LEVEL(Reader.SERVER, "INFO", "Level of the `kz.kenes` loggers."),
  KENES_SEARCH_BACKEND(
      Reader.PERSISTENCE_XML,
      "lucene",
      "Search index: `lucene` (embedded, under `KENES_DATA_DIR/index`, one node) or"
          + " `elasticsearch` (an Elasticsearch/OpenSearch cluster with the Kenes analysis plugin"
          + " installed, shared by every node; docs/operations.md \"Running several nodes\")."),
  KENES_SEARCH_HOSTS(
      Reader.PERSISTENCE_XML,
      "localhost:9200",
      "With `elasticsearch`: the cluster's `host:port`, comma-separated for several."),
  KENES_SEARCH_PROTOCOL(Reader.PERSISTENCE_XML, "http", "With `elasticsearch`: `http` or `https`."),
  KENES_SEARCH_USERNAME(
      Reader.PERSISTENCE_XML,
      null,
      "empty (no authentication)",
      "With `elasticsearch`: HTTP basic user."),
  KENES_SEARCH_PASSWORD(
      Reader.PERSISTENCE_XML,
      null,
      "empty (no authentication)",
      "With `elasticsearch`: HTTP basic password."),
  KENES_SEARCH_COORDINATION(
      Reader.PERSISTENCE_XML,
      "none",
      "`none`: each commit updates the index itself (one node). `outbox-polling`: each commit"
          + " writes its index changes to the `HSEARCH_OUTBOX_EVENT` table and the nodes'"
          + " background agents index them (several nodes on one database and one"
          + " `elasticsearch` index; found within about a second instead of at once)."),
  KENES_SEARCH_SYNCHRONIZATION(
      Reader.PERSISTENCE_XML,
      "read-sync",
      "With coordination `none`: a commit returns once the index is written and refreshed. Must"
          + " be set to the empty string with `outbox-polling`, which indexes in the background"
          + " and refuses any value."),
  KENES_SEARCH_REINDEX_TIMEOUT(
      Reader.APP,
      "21600",
      "Seconds a mass reindex may keep its loading transactions open (Hibernate Search's"
          + " transaction timeout): longer than the reindex of the most numerous type takes. The"
          + " server's default of 300 s ended the reindex of 5,000,000 posts after a fifth of"
          + " them."),
  KENES_LIMIT_POST(
      Reader.APP,
      "20/1h",
      "`20/1h` (`deploy/run`: `500/1h`)",
      "Abuse limit on new topics and replies per account (`permits/window`, window in `s`, `m`,"
          + " `h` or `d`). Officials and admins are not limited. A network address gets"
          + " `KENES_LIMIT_IP_FACTOR` times as much. Counted in the database (kept across"
          + " restarts, shared by all nodes). Over the limit: 429 with `Retry-After`."),
  KENES_LIMIT_NEW_ACCOUNT_POST(
      Reader.APP,
      "3/1d",
      "`3/1d` (`deploy/run`: `500/1d`)",
      "Extra posting limit for accounts in their first day on Kenes (see"
          + " `KENES_NEW_ACCOUNT_AGE`)."),
  KENES_NEW_ACCOUNT_AGE(
      Reader.APP,
      "PT24H",
      "How long an account counts as new (ISO-8601 duration, counted from its first action on"
          + " Kenes)."),
  KENES_LIMIT_FLAG(Reader.APP, "20/1d", "`20/1d` (`deploy/run`: `500/1h`)", "Flags per account."),
  KENES_LIMIT_ESCALATE(
      Reader.APP, "10/1d", "`10/1d` (`deploy/run`: `200/1h`)", "Escalation requests per account."),
  KENES_LIMIT_IP_FACTOR(
      Reader.APP,
      "5",
      "A network address may do this many times an account's allowance (villages share"
          + " addresses behind NAT)."),
  KENES_LIMIT_ANONYMOUS(
      Reader.APP,
      "60/1m",
      "`60/1m` (`deploy/run`: `6000/1m`)",
      "Flood guard for visitors who are not signed in: search (page and API) and similar-thread"
          + " suggestions per network address, counted in memory per node (a load shed, not a"
          + " quota). Over it: 429 with `Retry-After`."),
  KENES_TRUSTED_PROXIES(
      Reader.APP,
      null,
      "empty",
      "Comma-separated addresses of reverse proxies whose `X-Forwarded-For` the limits believe;"
          + " otherwise the limits count the connection's own address."),
  KENES_DATA_KEY(
      Reader.APP,
      null,
      "unset: a key generated into `KENES_DATA_DIR/keys/data.key` (warning `KENES-0821`)",
      "Base64 of a 256-bit key (`openssl rand -base64 32`) that encrypts applicants' name, IIN"
          + " and address in the database (docs/operations.md \"Personal data at rest\")."),
  KENES_DATA_KEYS_OLD(
      Reader.APP, null, "empty", "Comma-separated former data keys, still read after a rotation."),
  KENES_FLAG_WEIGHTS(
      Reader.APP,
      "resident=1,official=3,moderator=3,admin=3",
      "Weight of a flag by the flagger's highest role; a post is hidden pending review when its"
          + " score reaches its body's flag threshold (default 3)."),
  KENES_OVERDUE_CHECK_MINUTES(
      Reader.APP, "60", "How often the job that marks appeals overdue runs (also at start-up)."),
  KENES_MAIL_ENABLED(
      Reader.APP,
      "false",
      "`true` sends email notifications (appeal steps, moderation decisions) through WildFly's"
          + " mail session."),
  KENES_OUTBOX_RETRY_FIRST(
      Reader.APP,
      "PT30S",
      "Outbox: the wait before retrying an email or SMS the server did not accept (ISO-8601"
          + " duration), doubling with each failure; also how often the cluster sweeps the outbox"
          + " (at most every 30 s)."),
  KENES_OUTBOX_RETRY_LONGEST(Reader.APP, "PT1H", "Outbox: the longest wait between tries."),
  KENES_OUTBOX_GIVE_UP(
      Reader.APP,
      "PT24H",
      "Outbox: a message not accepted this long after it was written is FAILED (an admin may"
          + " send it again)."),
  KENES_SMS_QUIET_HOURS(
      Reader.APP,
      "22:00-08:00",
      "Notification SMS due in this window (Asia/Almaty) wait until its end; `none` sends at any"
          + " hour. Sign-in codes and intake receipts are never held."),
  KENES_SMTP_HOST(Reader.SERVER, "localhost", "SMTP server of WildFly's default mail session."),
  KENES_SMTP_PORT(Reader.SERVER, "25", "Its port."),
  KENES_MAIL_FROM(Reader.SERVER, "noreply@kenes.kz", "Sender address of email notifications."),
  KENES_PUBLIC_URL(
      Reader.APP,
      "http://localhost:8080",
      "The site's public address, for the links that leave the site: emails, SMS texts, the"
          + " API's `url` and `label` fields."),
  KENES_CLUSTER_NAME(
      Reader.SERVER,
      "kenes",
      "Name of the WildFly cluster (JGroups). Nodes on one database with one name form one cluster"
          + " (docs/operations.md \"Running several nodes\")."),
  KENES_CLUSTER_ADDRESS(
      Reader.SERVER,
      "127.0.0.1",
      "Address this node's cluster traffic (JGroups TCP, port 7600) binds to; the other nodes must"
          + " reach it. The default suits nodes on one machine."),
  KENES_PROXY_FORWARDING(
      Reader.SERVER,
      "false",
      "`true` behind a reverse proxy: trust `X-Forwarded-*` (see docs/operations.md)."),
  KENES_SMS_TRANSPORT(
      Reader.SMS_LIBRARY,
      "off",
      "How SMS leave: `smpp` (SMPP 3.4 to an SMS centre), `http` (a generic HTTP gateway) or"
          + " `off` (nothing is sent: every send fails and is reported). `deploy/run` starts its"
          + " development SMS centre and sets `smpp` when this is unset; the tests set `smpp`"
          + " (docs/operations.md \"SMS\")."),
  KENES_SMPP_HOST(Reader.SMS_LIBRARY, "localhost", "With `smpp`: the SMS centre's host."),
  KENES_SMPP_PORT(Reader.SMS_LIBRARY, "2775", "With `smpp`: its port."),
  KENES_SMPP_SYSTEM_ID(
      Reader.SMS_LIBRARY,
      "kenes",
      "With `smpp`: the bind's system id (also what `deploy/run`'s development centre expects)."),
  KENES_SMPP_PASSWORD(Reader.SMS_LIBRARY, "kenes", "With `smpp`: the bind's password."),
  KENES_SMS_SENDER(
      Reader.SMS_LIBRARY, "Kenes", "The sender name or number residents see on an SMS."),
  KENES_SMS_HTTP_URL(
      Reader.SMS_LIBRARY, null, "With `http`: the gateway's URL (required; `http` or `https`)."),
  KENES_SMS_HTTP_USER(Reader.SMS_LIBRARY, null, "none", "With `http`: basic authentication user."),
  KENES_SMS_HTTP_PASSWORD(
      Reader.SMS_LIBRARY, null, "none", "With `http`: basic authentication password."),
  KENES_SMS_HTTP_BODY(
      Reader.SMS_LIBRARY,
      "{\"to\":\"{to}\",\"from\":\"{from}\",\"text\":\"{text}\"}",
      "With `http`: the JSON body template, with `{to}`, `{from}` and `{text}` filled in."),
  KENES_SMS_CENTRE_URL(
      Reader.APP,
      null,
      "the port after `KENES_SMPP_PORT` on `KENES_SMPP_HOST` (`deploy/run`:"
          + " `http://localhost:2776`)",
      "Demo mode only: where `/dev/sms` and `/api/v1/dev/sms` read what the development SMS"
          + " centre received."),
  KENES_PHONE_CODES_PER_NUMBER(
      Reader.PHONE_EXTENSION,
      "3",
      "Sign-in codes that may be asked for one mobile number in any hour (docs/operations.md"
          + " \"Phone sign-in\")."),
  KENES_PHONE_CODES_PER_ADDRESS(
      Reader.PHONE_EXTENSION,
      "10",
      "`10` (`deploy/run`: `1000`)",
      "Sign-in codes that may be asked from one client address in any hour (Keycloak must see"
          + " the client's address behind a proxy)."),
  KENES_START_TIMEOUT(
      Reader.SCRIPT, "300", "Seconds `deploy/run` waits for both servers to be ready."),
  KENES_URL(Reader.SCRIPT, "http://localhost:8080", "The Kenes server `deploy/reindex` calls."),
  KENES_ADMIN_USER(Reader.SCRIPT, "admin", "The admin account `deploy/reindex` signs in as."),
  KENES_ADMIN_PASSWORD(
      Reader.SCRIPT,
      null,
      "asked for",
      "Its password (`deploy/reindex` asks for it when unset and passes it to curl on stdin)."),
  KENES_REINDEX_TIMEOUT(
      Reader.SCRIPT, "3600", "Seconds `deploy/reindex` waits for the reindex to finish."),
  KC_BOOTSTRAP_ADMIN_USERNAME(
      Reader.KEYCLOAK, "admin", "Admin account of the dev Keycloak started by `deploy/run`."),
  KC_BOOTSTRAP_ADMIN_PASSWORD(Reader.KEYCLOAK, "admin", "Its password.");

  /** Who reads a setting. */
  public enum Reader {
    /** The application, through {@link Settings}. */
    APP("the application"),
    /** The WildFly CLI script ({@code ${env.…}} in kenes.cli). */
    SERVER("the server configuration (kenes.cli)"),
    /** Both: the server's configuration and the application. */
    SERVER_AND_APP("the server configuration and the application"),
    /** forum-web's persistence.xml ({@code ${env.…}}), resolved by WildFly. */
    PERSISTENCE_XML("persistence.xml"),
    /** The SMS library deploy/sms, in Kenes and in the Kenes Keycloak extension. */
    SMS_LIBRARY("the SMS library (Kenes and the Keycloak extension)"),
    /** The Kenes Keycloak extension deploy/keycloak-phone, in Keycloak. */
    PHONE_EXTENSION("the Kenes Keycloak extension"),
    /** A script under deploy/. */
    SCRIPT("the scripts under deploy/"),
    /** The dev Keycloak that deploy/run starts. */
    KEYCLOAK("the dev Keycloak");

    private final String words;

    Reader(String words) {
      this.words = words;
    }

    /** Who reads it, in words (the README's "Read by" column). */
    public String words() {
      return words;
    }
  }

  private final Reader reader;
  private final String defaultValue;
  private final String shownDefault;
  private final String description;

  Setting(Reader reader, String defaultValue, String description) {
    this(
        reader,
        defaultValue,
        defaultValue == null ? "unset" : "`" + defaultValue + "`",
        description);
  }

  Setting(Reader reader, String defaultValue, String shownDefault, String description) {
    this.reader = reader;
    this.defaultValue = defaultValue;
    this.shownDefault = shownDefault;
    this.description = description;
  }

  public Reader reader() {
    return reader;
  }

  /** The value used when the variable is not set, or null when there is none. */
  public String defaultValue() {
    return defaultValue;
  }

  /** The default as the README shows it (Markdown). */
  public String shownDefault() {
    return shownDefault;
  }

  /** What it means, in one paragraph of Markdown. */
  public String description() {
    return description;
  }
}
