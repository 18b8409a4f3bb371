/*
 * Parley's own script: everything works without it; it only makes things smoother.
 * - a character counter under comment fields,
 * - "Comment on the selected words" when words of a paragraph are selected,
 * - focus and aria-expanded when a thread opens in place (htmx), and "Your comment is published"
 *   read out through the layout's polite live region.
 */
(function () {
    'use strict';

    function format(template, values) {
        return template.replace(/\{(\d)\}/g, function (match, index) { return String(values[index]); });
    }

    function updateCounter(textarea) {
        var counter = textarea.parentElement.querySelector('.counter');
        if (!counter) { return; }
        var max = Number(textarea.dataset.maxLength);
        var length = textarea.value.length;
        var over = length > max;
        counter.hidden = false;
        counter.classList.toggle('over', over);
        counter.textContent = format(over ? counter.dataset.overTemplate : counter.dataset.template, [length, max, length - max]);
        textarea.setAttribute('aria-invalid', over ? 'true' : 'false');
    }

    function initCounters(root) {
        root.querySelectorAll('textarea[data-max-length]').forEach(updateCounter);
    }

    document.addEventListener('input', function (event) {
        if (event.target.matches && event.target.matches('textarea[data-max-length]')) {
            updateCounter(event.target);
        }
    });

    var quoteButton = null;
    var pending = null;

    function selectedPassage() {
        var selection = window.getSelection();
        if (!selection || selection.isCollapsed || selection.rangeCount === 0) { return null; }
        var range = selection.getRangeAt(0);
        var start = range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement;
        var text = start && start.closest('.paragraph-text');
        if (!text || !text.contains(range.endContainer)) { return null; }
        var exact = selection.toString().replace(/\s+/g, ' ').trim();
        if (exact.length < 2) { return null; }
        var before = document.createRange();
        before.setStart(text, 0);
        before.setEnd(range.startContainer, range.startOffset);
        var prefix = before.toString().replace(/\s+/g, ' ');
        return {
            anchor: text.id.replace(/^text-/, ''),
            exact: exact,
            prefix: prefix.slice(-32),
            start: prefix.trimStart().length
        };
    }

    function threadLink(anchor) {
        var paragraph = document.getElementById(anchor);
        return paragraph ? paragraph.querySelector('.comment-count a') : null;
    }

    function showQuoteButton() {
        pending = selectedPassage();
        if (!quoteButton) {
            quoteButton = document.createElement('button');
            quoteButton.type = 'button';
            quoteButton.className = 'quote-button';
            quoteButton.textContent = document.body.dataset.quoteLabel;
            quoteButton.addEventListener('click', commentOnSelection);
            document.body.appendChild(quoteButton);
        }
        quoteButton.hidden = !pending || !threadLink(pending.anchor) && !document.querySelector('.paragraph-page');
    }

    function commentOnSelection() {
        if (!pending) { return; }
        var params = new URLSearchParams({ quote: pending.exact, prefix: pending.prefix, start: pending.start });
        var link = threadLink(pending.anchor);
        var url = (link ? link.getAttribute('href') : window.location.pathname) + '?' + params.toString();
        var slot = document.getElementById('thread-' + pending.anchor);
        quoteButton.hidden = true;
        window.getSelection().removeAllRanges();
        if (window.htmx && slot) {
            window.htmx.ajax('GET', url, { target: slot, swap: 'innerHTML' });
        } else {
            window.location.href = url + '#comment-form-' + pending.anchor;
        }
    }

    var selectionTimer = null;
    document.addEventListener('selectionchange', function () {
        window.clearTimeout(selectionTimer);
        selectionTimer = window.setTimeout(showQuoteButton, 150);
    });

    /* The layout's polite live region exists before the swap, so screen readers do read what is put in it. */
    function announce(status) {
        var announcer = document.getElementById('announcer');
        if (!announcer || !status) { return; }
        announcer.textContent = '';
        window.setTimeout(function () { announcer.textContent = status.textContent; }, 50);
    }

    document.addEventListener('htmx:afterSwap', function (event) {
        var slot = event.detail.target;
        if (!slot || !slot.classList.contains('thread-slot')) { return; }
        if (quoteButton) { quoteButton.hidden = true; }
        pending = null;
        var link = threadLink(slot.id.replace(/^thread-/, ''));
        if (link) { link.setAttribute('aria-expanded', 'true'); }
        initCounters(slot);
        announce(slot.querySelector('[role=status]'));
        var posted = slot.querySelector('.comment.highlighted');
        var quoteField = slot.querySelector('input[name=quote]');
        if (quoteField && quoteField.value) {
            slot.querySelector('textarea').focus();
        } else if (posted) {
            posted.scrollIntoView({ block: 'nearest' });
            slot.querySelector('.thread-heading').focus({ preventScroll: true });
        } else {
            slot.querySelector('.thread-heading').focus();
        }
    });

    /* Search results that follow the typing: their count (or what is wrong) is read out, the focus stays in the box. */
    document.addEventListener('htmx:afterSettle', function (event) {
        if (!event.detail.target || event.detail.target.id !== 'search-results') { return; }
        var results = document.getElementById('search-results');
        announce(results && results.querySelector('[role=status], [role=alert]'));
    });

    document.addEventListener('DOMContentLoaded', function () { initCounters(document); });
}());
