package org.parley.demo;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;
import org.parley.account.AccountService;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.StakeholderGroup;
import org.parley.account.Viewer;
import org.parley.consultation.ParagraphView;
import org.parley.consultation.ReadingService;
import org.parley.discussion.DiscussionHistoryWriter;
import org.parley.discussion.HistoricComment;
import org.parley.disposition.ResponseStatus;
import org.parley.disposition.ResponseWriter;
import org.parley.proposal.DecisionHistoryWriter;
import org.springframework.stereotype.Component;

/**
 * The discussions of the seeds, word for word and on their original dates, so that a newcomer
 * sees threads, replies, quotes and organisers' notes at once. Where a seed answers a comment it
 * does not show (David's remark on "non-technical", Ian's first remark on "exponential"), that
 * comment is written here in the same spirit. The EuroDIG messages also get the seed's history: the
 * organisers' second versions of three messages (one of them Torsten's proposal, accepted with edits),
 * dated as in the seed, and the open proposals with their supporters (Kristina's "I propose to include the
 * following" among them). The organisers' notes in the seed are the versions' change notes, which the
 * thread shows with each new version: posting them as comments too would tell each change twice.
 */
@Component
class DemoThreads {

    static final ZoneId EURODIG_TIME = ZoneId.of("Europe/Berlin");

    private final ReadingService reading;
    private final AccountService accounts;
    private final DiscussionHistoryWriter discussions;
    private final DecisionHistoryWriter decisions;
    private final ResponseWriter responses;

    DemoThreads(ReadingService reading, AccountService accounts, DiscussionHistoryWriter discussions,
                DecisionHistoryWriter decisions, ResponseWriter responses) {
        this.responses = responses;
        this.reading = reading;
        this.accounts = accounts;
        this.discussions = discussions;
        this.decisions = decisions;
    }

    void createAccounts() {
        participant("rezaul@parley.example", "Md. Rezaul Islam", "Bangladesh ICT researchers' network",
                StakeholderGroup.CIVIL_SOCIETY, "BD");
        participant("miguel@parley.example", "Miguel Alcaine", "International Telecommunication Union",
                StakeholderGroup.INTERGOVERNMENTAL_ORGANISATION, "SV");
        participant("jovan@parley.example", "Jovan Kurbalija", "DiploFoundation", StakeholderGroup.CIVIL_SOCIETY, "CH");
        participant("lukas@parley.example", "Lukas Brenner", "Internet industry association",
                StakeholderGroup.PRIVATE_SECTOR, "DE");
        participant("ian@parley.example", "Ian Brooks", "Centre for Internet Policy", StakeholderGroup.ACADEMIA, "GB");
        participant("nadia@parley.example", "Nadia Haddad", "Digital rights network", StakeholderGroup.CIVIL_SOCIETY,
                "FR");
        participant("emma@parley.example", "Emma Lindqvist", "Open security engineers",
                StakeholderGroup.TECHNICAL_COMMUNITY, "SE");
        participant("kristina@parley.example", "Kristina Tamm", "Ministry of Economic Affairs",
                StakeholderGroup.GOVERNMENT, "EE");
    }

    void roadmap() {
        var text = new Text("roadmap-for-digital-cooperation");
        long igf = text.paragraph("would most likely land at the IGF Plus");
        long sdg = text.paragraph("introduces an 18th SDG");
        post(igf, "rezaul", null, ROADMAP_REZAUL, null, "2020-06-17T09:12");
        long miguel = post(sdg, "miguel", null, ROADMAP_MIGUEL, null, "2020-06-18T16:40");
        long david = post(igf, "david", null, ROADMAP_DAVID, null, "2020-06-19T11:05");
        post(igf, "jovan", david, ROADMAP_JOVAN, null, "2020-06-20T08:30");
        // outside any session the text is the editorial team's: the admin answers
        responses.write(miguel, ResponseStatus.NOTED, null, ROADMAP_RESPONSE_MIGUEL, account("admin"), at("2020-06-22T10:00"));
    }

    void eurodig() {
        var text = new Text("eurodig-2024-workshop-1a");
        long advancements = text.paragraph("Advancements in legal and regulatory measures");
        long increasing = text.paragraph("CSA is currently increasing exponentially");
        long privacy = text.paragraph("The interplay of privacy and safety");
        long detection = text.paragraph("Detection technology");
        long watermarking = text.paragraph("Watermarking and certification of origin");
        long services = text.paragraph("Digital public services");

        post(detection, "lukas", null, EURODIG_TECHNOLOGY_OPEN, EURODIG_DETECTION_FIRST_SENTENCE, "2024-07-01T17:53",
                EURODIG_TECHNOLOGY_OPEN_WORDING, "david");
        long ian = post(increasing, "ian", null, EURODIG_IAN_EXPONENTIAL, null, "2024-07-02T09:41");
        long torsten = post(increasing, "torsten", null, EURODIG_TORSTEN, null, "2024-07-02T13:02",
                EURODIG_TORSTEN_WORDING, "emma", "ian");
        long david = post(detection, "david", null, EURODIG_DAVID, null, "2024-07-02T16:15");
        decisions.writeEdit(advancements, organiser(), 1, EURODIG_ADVANCEMENTS_V2, EURODIG_NOTE_AFTER_MEETING,
                at("2024-07-03T10:58"));
        decisions.writeAcceptedWithEdits(torsten, organiser(), 1, EURODIG_INCREASING_V2, EURODIG_NOTE_MODIFIED,
                at("2024-07-03T11:00"));
        decisions.writeEdit(privacy, organiser(), 1, EURODIG_PRIVACY_V2, EURODIG_NOTE_MODIFIED,
                at("2024-07-03T11:01"));
        post(watermarking, "nadia", null, EURODIG_WATERMARKING, EURODIG_WATERMARKING_QUOTE, "2024-07-03T11:04",
                EURODIG_WATERMARKING_WORDING, "emma", "kristina");
        post(increasing, "ian", torsten, EURODIG_THANKS_TORSTEN, null, "2024-07-03T12:14");
        long emma = post(increasing, "emma", torsten, EURODIG_SUPPORT_TORSTEN, null, "2024-07-03T12:26");
        post(detection, "emma", david, EURODIG_LIKE_DAVID, null, "2024-07-03T12:27");
        long kristina = post(services, "kristina", null, EURODIG_GOVTECH, null, "2024-07-03T14:48", EURODIG_GOVTECH_WORDING);
        long olga = account("organiser");
        responses.write(emma, ResponseStatus.ADDRESSED, 2, EURODIG_RESPONSE_EMMA, olga, at("2024-07-04T09:30"));
        responses.write(ian, ResponseStatus.NOTED, null, EURODIG_RESPONSE_IAN, olga, at("2024-07-04T09:34"));
        responses.write(kristina, ResponseStatus.OUT_OF_SCOPE, null, EURODIG_RESPONSE_KRISTINA, olga, at("2024-07-04T09:41"));
    }

    private long post(long paragraphId, String who, @Nullable Long parentId, String body, @Nullable String quote,
                      String berlinTime) {
        return post(paragraphId, who, parentId, body, quote, berlinTime, null);
    }

    /** A comment, and with proposed wording a proposal supported by the participants named. */
    private long post(long paragraphId, String who, @Nullable Long parentId, String body, @Nullable String quote,
                      String berlinTime, @Nullable String proposedText, String... supporters) {
        var supporterIds = java.util.Arrays.stream(supporters).map(this::account).toList();
        return discussions.writeComment(new HistoricComment(paragraphId, account(who), parentId, body, quote,
                at(berlinTime), proposedText, supporterIds));
    }

    private Viewer organiser() {
        return new Viewer(account("organiser"), false);
    }

    private long account(String who) {
        return accounts.idOf(who + "@parley.example")
                .orElseThrow(() -> new IllegalStateException("No demo account " + who));
    }

    private static Instant at(String berlinTime) {
        return LocalDateTime.parse(berlinTime).atZone(EURODIG_TIME).toInstant();
    }

    private void participant(String email, String name, String affiliation, StakeholderGroup group, String country) {
        accounts.createIfAbsent(new NewAccount(email, DemoContent.PASSWORD, name, Role.PARTICIPANT, affiliation, group,
                country));
    }

    /** The paragraphs of a demo text, found by words they contain. */
    private final class Text {

        private final java.util.List<ParagraphView> paragraphs;

        Text(String slug) {
            this.paragraphs = reading.page(slug, true).sections().stream()
                    .flatMap(section -> section.groups().stream())
                    .flatMap(group -> group.paragraphs().stream())
                    .toList();
        }

        long paragraph(String words) {
            return paragraphs.stream().filter(paragraph -> paragraph.html().contains(words)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo paragraph with: " + words)).id();
        }
    }

    static final String ROADMAP_REZAUL = """
            **Private sector and tech giants to involve with active role.**

            Its great that, UN foreseeing and acting accordingly for combating digital opportunities and challenges. \
            I think, the UN rightly termed in the Roadmap are ‘multistakeholder’ (18) and ‘inclusion’ (17). That are \
            very needed but obviously compel private sector and tech giants to involve with active role.""";

    static final String ROADMAP_MIGUEL = """
            **Missing (4:59) WSIS & SDG are mentioned**

            Collective Intelligence gathered in WSIS forums since 2006 and ITU governing bodies its membership and the \
            WSIS community at large have shown in practice the relationships between ICT and SDG. Moreover, in \
            2015-2016, a mapping between SDG, WSIS action lines and ITU objectives was made:

            https://sustainabledevelopment.un.org/content/unsurvey/organization.html?org=ITU

            Which can constitute a good basis to continue such work.""";

    static final String ROADMAP_DAVID = """
            **Good for the UN … but …**

            It’s great that the UN system and the UNSG finally sees the opportunities (and challenges) that the next \
            generation of technology will bring – but – hasn’t the World Economic Forum already initiated several of \
            the points above?

            As private sector now becomes the leading actor/driver of the global development sector, the WEF has more \
            influence on the difital transformation pathway than the UN. WEF has greater access to funding/financing, \
            the WEF team/members are more skilled/knowledgeable of deep technologies and it has become clear that more \
            influential decisions are made in Davos than NY.

            UN should work with the WEF instead of trying to reinvent the wheel. Tough times ahead and collaboration \
            is the best way fwd.""";

    static final String ROADMAP_JOVAN = """
            Thank you, David, foryour interesting and clear inputs. In order to maintain the clarity of communication, \
            let me respond to your points with ‘yes’ and ‘no’ answers. Obviously, there are many ‘shades of grey’ \
            that we can address later on.

            YES: The WEF is a capable and influential organisation. In the digital realm, they have been pushing for \
            many important initiatives. Over the past few years, the WEF has evolved from being a  ‘techno evangelist’ \
            (e.g. in 2014, they argued that MOOCs are ‘the’ solution education, blockchain, etc.) to being a more \
            realistic player in the digital realm. All in all, the WEF is a mature, capable and highly influential \
            digital organisation.

            NO: The WEF cannot and should not take over the role of the UN. Moreover, I do not think that the WEF \
            would like to do it. It would be an organisational kiss of death. Even the UN is careful when using its \
            mandate in the digital realm. In the Roadmap, the UN SG carefully offers the UN ‘to serve as a platform \
            for multi-stakeholder policy dialogue’. The most used terms in the Roadmap are ‘multistakeholder’ (18) \
            and ‘inclusion’ (17).

            In an era where questions of legitimacy, symbolism, and fairness are becoming crucial, the UN is the only \
            place which can serve as a ‘digital home of humanity’. It is the place where everybody should feel \
            comfortable, from small island states with a few thousand inhabitants to the global powers. The WEF \
            cannot deliver on this. It is not designed to become or replace the UN.

            In these debates, we should get ‘back to the basics’ of the role and responsibilities of the main actors. \
            Governments and international organisations should support the public good, ranging from security for \
            citizens, to a functional market and an inclusive society. Businesses should generate profit and provide \
            goods and services, including food, transportation, and trade. If businesses contribute to the public \
            good, it is great. But, we should not expect businesses to ‘act by default’ as providers of ‘public \
            good’. In these basic roles roles and responsibilities, the civil society, academia, and the media should \
            make ‘noise’ and ensure that voices are heard, public interests are protected, and key actors are held \
            accountable.

            If we mix up the roles and the UN tries to become tech-place, businesses start legislating, and civil \
            society all of the above, we face the risk of major confusion and crisis. In the rebooting, as the WEF \
            suggested recently, we should return back to the basic roles of governments and the UN, businesses and \
            their associations, including the WEF, the civil society, academia and the media. It is the first step \
            in ‘drafting’ the new social contract that could provide humanity with a prosperous, fair and sustainable \
            future. Let us not waste the current crisis and the opportunities it offers!""";

    static final String EURODIG_TECHNOLOGY_OPEN = """
            New technology-open proposal for the first sentence of the paragraph, as there was no explicit request in \
            the workshop to exclude CCS:""";

    static final String EURODIG_DETECTION_FIRST_SENTENCE = "To detect CSAM online, client-side scanning should not "
            + "be used; only techniques that can protect privacy by not learning anything about the content of a "
            + "message other than whether an image matches known illegal content should be considered.";

    static final String EURODIG_TECHNOLOGY_OPEN_WORDING = """
            To detect CSAM online, only techniques that can protect privacy by not learning anything about the \
            content of a message other than whether an image matches known illegal content should be used.""";

    /** Not in the seed: the "previous comment" that Ian's thanks to Torsten refers to. */
    static final String EURODIG_IAN_EXPONENTIAL = """
            The first sentence says that CSA is “increasing exponentially”. That is a strong claim, and the workshop \
            did not look at the evidence for it: reports of material have grown, but reports are not the same as \
            abuse. I would either cite the figures or say that reported cases are rising sharply.""";

    static final String EURODIG_TORSTEN = """
            From my perspective, the comments on technology take up too much space in this message. This topic was \
            explored in more depth in another workshop. It also leaves too little room for other aspects that played \
            a role in the exchange. Therefore, here is a suggestion to change the message:""";

    static final String EURODIG_TORSTEN_WORDING = """
            **CSA is currently increasing exponentially** and has serious consequences for the rights and development of \
            children. For this reason, recognising such depictions and preventing sexual violence should go hand in \
            hand. Participants are concerned about the safety of users, including with regard to the potential use \
            of technology. Breaches of confidential communication or anonymity are seen critically. At the same time, \
            advantages are recognised in the regulations, e.g. with regard to problem awareness or safety by design \
            approaches. Age verification procedures are perceived as both a risk and an advantage. It can improve the \
            protection of children on the internet, limit the spread of CSA material and empower children. However, \
            this should not be at the expense of anonymity and participation.""";

    /** Not in the seed: the comment by David that "Like David, …" answers. */
    static final String EURODIG_DAVID = """
            Cybersecurity experts and crypto-technologists are the most technical people in this debate. Calling \
            them “non-technical stakeholders” turns the message upside down; please drop the word.""";

    static final String EURODIG_NOTE_AFTER_MEETING =
            "After a meeting among the workshop organizers, this message was changed.";

    static final String EURODIG_NOTE_MODIFIED = "The session organizers and participants modified this message to "
            + "better reflect the discussion at the workshop.";

    static final String EURODIG_ADVANCEMENTS_V2 = """
            **Advancements in legal and regulatory measures on Child Sexual Abuse (CSA):** Workshop 1a discussed three \
            recent measures on the protection of children from online Child Sexual Abuse (CSA): the proposed EU CSA \
            Regulation (CSAR), the new UK Online Safety Act, and the positive results from the Lithuanian Law on the \
            Protection of Minors against detrimental effects of public information. An agreement was found on the \
            need for better regulation in this field, emphasising the accountability of online service providers for \
            monitoring illegal and harmful material and safeguarding minors.""";

    static final String EURODIG_RESPONSE_EMMA = "Torsten's proposal, which you supported, is in version 2 of the message, "
            + "edited to keep the workshop's wording on prevention.";
    static final String EURODIG_RESPONSE_IAN = "The reporters keep the workshop's wording for now and will cite the "
            + "figures they rely on in the final report.";
    static final String EURODIG_RESPONSE_KRISTINA = "Digital public services go beyond this workshop's subject, child "
            + "safety online; we passed your proposal on to the EuroDIG programme committee for next year.";
    static final String ROADMAP_RESPONSE_MIGUEL = "The analysis will name the WSIS and SDG processes where the Roadmap "
            + "builds on them.";

    static final String EURODIG_INCREASING_V2 = """
            **CSA is currently increasing exponentially** and has serious consequences for the rights and development \
            of children. For this reason, recognising such depictions and preventing child sexual abuse should go hand \
            in hand. Participants are concerned about the safety of users, including with regard to the potential use \
            of CSAM detection technology. Breaches of confidential communication or anonymity are seen critically. At \
            the same time, advantages are recognised in the regulations, e.g. with regard to problem awareness or \
            safety by design approaches. Age verification procedures are perceived as both a risk and an advantage, \
            with a caution on risks to anonymity and participation.""";

    static final String EURODIG_PRIVACY_V2 = """
            **The interplay of privacy and safety:** The participants of Workshop 1a of EuroDIG believe privacy and \
            child safety are intertwined and inseparable, advocating that legal solutions to combat child sexual abuse \
            online must strive to optimise both. These measures should be centred on children’s rights and their best \
            interests, as a way forward to achieve this balance.""";

    static final String EURODIG_WATERMARKING_QUOTE = "Watermarking and certification of origin should be a more "
            + "reliable means to authenticate content and should be supported by regulation.";

    static final String EURODIG_WATERMARKING = "I would add here:";

    static final String EURODIG_WATERMARKING_WORDING = """
            Watermarking and certification of origin should be a more reliable means to authenticate content and \
            should be supported by regulation, keeping in mind that also these methods can be circumvented.""";

    static final String EURODIG_THANKS_TORSTEN = """
            Thanks Torsten – I think the changes made result in a more balanced statement without sacrificing \
            relevant detail. I remain concerned at the use of the word “exponential” without reference to \
            substantiating evidence, for the reasons I set out in my previous comment.""";

    static final String EURODIG_SUPPORT_TORSTEN = """
            I think Torsten’s suggestion for the last sentence of para.3 is a good one. Ross Anderson’s “chat \
            control” paper made a convincing case that domestic violence and sexual abuse are closely linked, and \
            that preventive measures which ignore one in favour of the other are less likely to be effective.""";

    static final String EURODIG_LIKE_DAVID = """
            Like David, I don’t think cybersecurity and ‘crypto-technologists’ should be considered non-technical.""";

    static final String EURODIG_GOVTECH = """
            The ideas discussed in this session were much broader. I propose to ionclude the following:""";

    /** The message with the four paragraphs Kristina proposes to include, run on: a message is one paragraph. */
    static final String EURODIG_GOVTECH_WORDING = """
            **Digital public services:** Governments should digitalise their services with citizens in mind. Digital \
            identification, secure data exchange and interoperable platforms are the foundation of trustworthy digital \
            public services, and they should be accessible to everyone. \
            Citizens’ expectations from governments are increasing, and effective use of digital technologies can \
            help meet these demands. Beyond technology development, it’s essential to cultivate digital skills and a \
            forward-thinking mindset in the public sector. The main challenge is changing work habits and focusing \
            on problem-solving before technology implementation. Digital services must be citizen-centric, secure, \
            and user-friendly. \
            Open policy-making and innovative thinking are crucial, along with safe experimentation spaces like \
            GovTech Labs. These labs test new policies and technologies, fostering innovation through skill \
            development and co-creation. Design thinking and user experience should prioritize simplicity and \
            functionality. \
            Success in digital services depends on organizational maturity and a clear vision supported by citizens \
            and legislation. Challenges include digital skill gaps, data analysis capabilities, and regulatory \
            barriers, requiring a shift towards enabling innovation. \
            Future challenges include digital identification, AI regulations, and ensuring technology accessibility \
            for all, including senior citizens. Practical strategies and public co-creation are necessary for \
            meaningful change.""";
}
