package org.parley.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class BoundedFlashMapsTest {

    @Autowired
    FlashMapManager flashMaps;

    @Test
    void aSessionThatNeverFollowsItsRedirectsKeepsOnlyTheNewestFlashMessages() {
        assertThat(flashMaps).isInstanceOf(BoundedFlashMaps.class);
        var request = new MockHttpServletRequest("POST", "/c/x/p/p-1/comments");
        for (int post = 1; post <= 50; post++) {
            var flash = new FlashMap();
            flash.put("flash", "comment " + post);
            flash.setTargetRequestPath("/c/x/p/p-1");
            flashMaps.saveOutputFlashMap(flash, request, new MockHttpServletResponse());
        }

        @SuppressWarnings("unchecked")
        var kept = (List<FlashMap>) request.getSession().getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS");
        assertThat(kept).hasSize(BoundedFlashMaps.KEPT);
        assertThat(kept.get(kept.size() - 1).get("flash")).isEqualTo("comment 50");

        var reader = new MockHttpServletRequest("GET", "/c/x/p/p-1");
        reader.setSession(request.getSession());
        Object shown = flashMaps.retrieveAndUpdate(reader, new MockHttpServletResponse()).get("flash");
        assertThat(shown).isEqualTo("comment 31");
        assertThat(request.getSession().getAttribute(SessionFlashMapManager.class.getName() + ".FLASH_MAPS"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(BoundedFlashMaps.KEPT - 1);
    }

    @Test
    void aPageWithAMessageWaitingForItIsKnownBeforeItIsRendered() {
        var post = new MockHttpServletRequest("POST", "/comments/7/withdraw");
        var flash = new FlashMap();
        flash.put("flash", "comment.withdrawn");
        flash.setTargetRequestPath("/c/x");
        flashMaps.saveOutputFlashMap(flash, post, new MockHttpServletResponse());

        var thatPage = new MockHttpServletRequest("GET", "/c/x");
        thatPage.setSession(post.getSession());
        var otherPage = new MockHttpServletRequest("GET", "/c/y");
        otherPage.setSession(post.getSession());

        var bounded = (BoundedFlashMaps) flashMaps;
        assertThat(bounded.hasMessageFor(thatPage)).as("its reader's page is rendered for them alone").isTrue();
        assertThat(bounded.hasMessageFor(otherPage)).isFalse();
        assertThat(bounded.hasMessageFor(new MockHttpServletRequest("GET", "/c/x"))).as("another session").isFalse();
        Object shown = flashMaps.retrieveAndUpdate(thatPage, new MockHttpServletResponse()).get("flash");
        assertThat(shown).as("still there to show").isEqualTo("comment.withdrawn");
    }
}
