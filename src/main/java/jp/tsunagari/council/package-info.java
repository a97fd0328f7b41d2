/**
 * Council sessions (協議体の会議): a council — layer 1 for the municipality, layer 2 per daily-life area, its members
 * sitting on it — meets in sessions (date, title, agenda, attendees) while a coordinator projects the area's live
 * network. {@code /council} lists councils and opens sessions; {@code /council/<sessionId>} is the presenter's view
 * (the area diagram with its gaps, filters, what-if and editing, and the session's running list of changes with the
 * gaps each opened or closed); {@code /council/<sessionId>/screen} is the projection (full screen, large type, high
 * contrast, residents as pseudonyms, no care level, no person's name, gap counts by type with arrows since the
 * session opened), following the presenter's focus, camera, filters and what-if until the viewer releases it.
 * On close, minutes (議事録の下書き) are stored with the session and served as PDF. REST: {@code /api/councils},
 * {@code /api/sessions/<id>}. Every open, close and attendee change is audited; changes to the network go through
 * the {@code network} services (and their audit) as everywhere else.
 * <p>
 * Live: {@link jp.tsunagari.council.SessionBroadcaster} is the one class listening to the gap engine's
 * {@code GapFindingsChanged}; for each open session whose areas a change touches it works out the gaps opened and
 * closed once, publishes them on the session's {@code shell.LiveUpdates} channel (every open view of the session is
 * told by server push), and only then records and audits the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Council sessions")
package jp.tsunagari.council;
