package wrongdirection.account;

public class AccountService {

    public String displayName() {
        return "Ada";
    }
}
