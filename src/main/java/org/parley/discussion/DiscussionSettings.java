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
 * @param commentsPerMinute how many comments one account may post in a minute
 * @param commentsPerHour   and in an hour
 * @param addressLimit      how many comments may come from one client address: a guard against
 *                          floods, well above the pace of a room of people behind one address
 */
@ConfigurationProperties("parley.discussion")
record DiscussionSettings(@DefaultValue("PT30M") Duration editWindow,
                          @DefaultValue("5000") int maxLength,
                          @DefaultValue("4") int maxIndent,
                          @DefaultValue("8") int recentComments,
                          @DefaultValue("3s") Duration minimumFillTime,
                          @Nullable String formSecret,
                          @DefaultValue("5") int commentsPerMinute,
                          @DefaultValue("30") int commentsPerHour,
                          @DefaultValue AddressLimit addressLimit) {

    /**
     * A venue's wifi or a company's proxy puts a whole room behind one address, so this counts
     * every account there together and is set for a flood, not for one person.
     *
     * @param perMinute comments from one client address in a minute
     * @param perHour   and in an hour
     */
    record AddressLimit(@DefaultValue("120") int perMinute, @DefaultValue("1000") int perHour) {
    }
}
