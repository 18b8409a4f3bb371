package org.parley.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages kept in the session, at most {@value #KEPT} of them: the oldest go first. A client
 * that posts and never follows the redirect (a script, a crowd of tabs, the benchmark) would
 * otherwise grow its session by one map a post for three minutes, and every request of that session
 * would scan them all.
 */
@Component(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
class BoundedFlashMaps extends SessionFlashMapManager {

    static final int KEPT = 20;

    @Override
    protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
        var kept = flashMaps.size() > KEPT
                ? new CopyOnWriteArrayList<>(flashMaps.subList(flashMaps.size() - KEPT, flashMaps.size()))
                : flashMaps;
        super.updateFlashMaps(kept, request, response);
    }

    /** Whether a message waits for this request: its page is for this reader only. */
    boolean hasMessageFor(HttpServletRequest request) {
        var maps = retrieveFlashMaps(request);
        return maps != null && maps.stream().anyMatch(map -> !map.isExpired() && isFlashMapForRequest(map, request));
    }
}
