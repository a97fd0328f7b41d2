package jp.tsunagari.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouteNotFoundError;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for a page that does not exist or that the user may not open — the same answer for both, so that refusals
 * reveal nothing — in the user's language, inside the usual frame.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends RouteNotFoundError {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        getElement().setText(getTranslation("error.notFound", event.getLocation().getPath()));
        getElement().setAttribute("id", "not-found");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
