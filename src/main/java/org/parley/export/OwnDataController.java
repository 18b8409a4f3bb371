package org.parley.export;

import java.util.LinkedHashMap;

import org.parley.account.SignedInAccount;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/** A participant downloads everything they wrote: only their own, since the account comes from the session. */
@Controller
class OwnDataController {

    private final OwnDataReader reader;
    private final JsonMapper json;

    OwnDataController(OwnDataReader reader, JsonMapper json) {
        this.reader = reader;
        this.json = json;
    }

    @GetMapping("/profile/data.json")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal SignedInAccount me) {
        var data = reader.read(me.id());
        var document = new LinkedHashMap<String, Object>();
        for (String part : new String[] {"profile", "comments", "supports", "flags"}) {
            document.put(part, data.get(part));
        }
        return TextExportController.file("parley-my-data.json", MediaType.APPLICATION_JSON, json.writeValueAsBytes(document));
    }
}
