package asean.review.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import asean.review.infra.auth.SigningKey;
import asean.review.infra.auth.TokenIssuer;

/**
 * Prints a bearer token the local stack trusts (what {@code deploy/token.sh} runs).
 * Arguments: {@code [--data-dir DIR] [--name NAME] [--hours H] coordinator | submitter MINISTRY}.
 */
public final class TokenMain {

    private static final String USAGE = "usage: token.sh [--name NAME] [--hours H] coordinator | submitter MINISTRY";

    private TokenMain() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of("deploy/.data");
        String name = null;
        long hours = 12;
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i));
                case "--name" -> name = value(args, ++i);
                case "--hours" -> hours = hours(value(args, ++i));
                default -> positional.add(args[i]);
            }
        }
        String role = positional.isEmpty() ? "" : positional.get(0);
        String ministry = positional.size() > 1 ? positional.get(1) : null;
        boolean valid = switch (role) {
            case "coordinator" -> ministry == null;
            case "submitter" -> ministry != null && positional.size() == 2;
            default -> false;
        };
        if (!valid) {
            fail(USAGE);
        }
        String username = name != null ? name : TokenIssuer.username(ministry);
        try {
            SigningKey key = SigningKey.load(StackSettings.keysDir(dataDir.toAbsolutePath()));
            System.out.println(new TokenIssuer(key, TokenIssuer.LOCAL_ISSUER)
                    .token(username, role, ministry, Duration.ofHours(hours)));
        } catch (RuntimeException e) {
            fail(e.getMessage() + "; start the stack first (deploy/run.sh), which makes the key pair");
        }
    }

    private static long hours(String value) {
        try {
            long hours = Long.parseLong(value);
            if (hours > 0) {
                return hours;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        fail("--hours needs a positive whole number, not '" + value + "'");
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(USAGE);
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }
}
