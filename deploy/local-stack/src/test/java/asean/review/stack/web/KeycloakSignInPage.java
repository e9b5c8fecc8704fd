package asean.review.stack.web;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;

/** Keycloak's sign-in page, where the pages send an officer who is not signed in. */
public final class KeycloakSignInPage {

    private final Browser browser;

    public KeycloakSignInPage(Browser browser) {
        this.browser = browser;
    }

    public boolean isShown() {
        return !browser.driver().findElements(By.id("kc-login")).isEmpty();
    }

    /** Waits until the browser, sent to sign in, shows this page; false if it does not within 20 s. */
    public boolean awaitShown() {
        try {
            browser.waiting(Duration.ofSeconds(20)).until(driver -> isShown());
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    public void signIn(String username, String password) {
        browser.driver().findElement(By.id("username")).sendKeys(username);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("kc-login")).click();
    }

    /** After a sign-in with a one-time password, Keycloak asks for the officer's own: chooses {@code password}. */
    public void chooseOwnPassword(String password) {
        browser.waiting(Duration.ofSeconds(20))
                .until(driver -> !driver.findElements(By.id("password-new")).isEmpty());
        browser.driver().findElement(By.id("password-new")).sendKeys(password);
        browser.driver().findElement(By.id("password-confirm")).sendKeys(password);
        browser.driver().findElement(By.cssSelector("form [type='submit']")).click();
    }
}
