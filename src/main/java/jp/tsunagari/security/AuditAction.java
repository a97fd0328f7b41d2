package jp.tsunagari.security;

/** What an audit entry records. */
public enum AuditAction {
    LOGIN, LOGIN_FAILED, LOGOUT, ACCOUNT_LOCKED,
    /** A resident's record or ecomap was shown. */
    VIEW_RESIDENT,
    /** The community-care graph changed (element and ids in the entry). */
    CHANGE,
    /** Data left the application as a file. */
    EXPORT,
    /** A file was imported, checked (dry run) or rejected (issue 16, module importer). */
    IMPORT,
    /** An analyst's console query ran. */
    CONSOLE_QUERY,
    /** Access was refused (area scope or role). */
    ACCESS_DENIED,
    /** Users, roles or area assignments changed. */
    USER_ADMIN
}
