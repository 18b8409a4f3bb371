package org.parley.discussion;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param editWindow        how long after posting an author may still edit a comment
 * @param maxLength         the longest comment, in characters
 * @param maxIndent         threads are indented this deep; deeper replies say whom they answer
 * @param recentComments    how many comments the sidebar shows
 * @param minimumFillTime   a comment sent sooner after its form was shown is taken for a program's
 * @param formSecret        signs the time a form was shown; unset, a random one per start (set it
 *                          when several instances serve the same site)
 * @param commentsPerMinute how many comments one account, or one client address, may post in a minute
 * @param commentsPerHour   and in an hour
 */
@ConfigurationProperties("parley.discussion")
record DiscussionSettings(@DefaultValue("PT30M") Duration editWindow,
                          @DefaultValue("5000") int maxLength,
                          @DefaultValue("4") int maxIndent,
                          @DefaultValue("8") int recentComments,
                          @DefaultValue("3s") Duration minimumFillTime,
                          @Nullable String formSecret,
                          @DefaultValue("5") int commentsPerMinute,
                          @DefaultValue("30") int commentsPerHour) {
}
