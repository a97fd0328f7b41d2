package jp.tsunagari.console;

import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Why a console query did not run or did not finish: shown to the analyst as a message in their language
 * ({@code console.error.<reason>} in messages*.properties), answered over REST as 400 (429 when too many run).
 */
public class ConsoleRefusal extends RuntimeException {

    /** The reasons, each with its message key. */
    public enum Reason {
        EMPTY, SYNTAX, WRITE, LOAD_CSV, IN_TRANSACTIONS, PROCEDURE, ADMINISTRATION, INTERNAL_DATA, TIMEOUT, BUSY,
        PARAMETER, PROFILE, FAILED
    }

    private final Reason reason;
    private final transient Object[] arguments;

    ConsoleRefusal(Reason reason, Object... arguments) {
        super(reason + (arguments.length > 0 ? " " + java.util.Arrays.toString(arguments) : ""));
        this.reason = reason;
        this.arguments = arguments;
    }

    public Reason reason() {
        return reason;
    }

    /** The message for the user, e.g. 「書き込みはできません…」. */
    public String message(MessageSource messages, Locale locale) {
        return messages.getMessage("console.error." + reason.name(), arguments, reason.name(), locale);
    }
}
