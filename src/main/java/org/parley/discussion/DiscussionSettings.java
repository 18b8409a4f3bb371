package org.parley.discussion;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param editWindow      how long after posting an author may still edit a comment
 * @param maxLength       the longest comment, in characters
 * @param maxIndent       threads are indented this deep; deeper replies say whom they answer
 * @param recentComments  how many comments the sidebar shows
 */
@ConfigurationProperties("parley.discussion")
record DiscussionSettings(@DefaultValue("PT30M") Duration editWindow,
                          @DefaultValue("5000") int maxLength,
                          @DefaultValue("4") int maxIndent,
                          @DefaultValue("8") int recentComments) {
}
