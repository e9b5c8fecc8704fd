package asean.review.stack.web;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The contribution form. Fields are named as the contract's JSON paths ({@code roles[0].mechanism}); their
 * elements carry the path with {@code [}, {@code ]} and {@code .} turned into dashes as id and {@code data-test}.
 */
public final class ContributionFormPage {

    private final Browser browser;

    public ContributionFormPage(Browser browser) {
        this.browser = browser;
    }

    public static String id(String field) {
        return field.replace("[", "-").replace("]", "").replace('.', '-');
    }

    public WebElement field(String field) {
        return browser.find(id(field));
    }

    /** Types {@code text} into an input or a text area, replacing what was there. */
    public void type(String field, String text) {
        WebElement input = field(field);
        input.clear();
        input.sendKeys(text);
    }

    public void choose(String field, String value) {
        new Select(field(field)).selectByValue(value);
    }

    public String value(String field) {
        return field(field).getDomProperty("value");
    }

    /** Adds a row to a repeatable group ({@code roles}, {@code nextYear.plannedEvents}...). */
    public void addRow(String group) {
        int before = rows(group);
        browser.find("add-" + id(group)).click();
        browser.waiting(java.time.Duration.ofSeconds(10)).until(driver -> rows(group) > before);
    }

    private int rows(String group) {
        return browser.driver().findElements(By.cssSelector("[name^='" + group + "[']")).size();
    }

    /** The error shown beside {@code field}, empty if none. */
    public String errorBeside(String field) {
        List<WebElement> errors = browser.driver().findElements(By.cssSelector("[data-test='error-" + id(field) + "']"));
        return errors.isEmpty() ? "" : errors.get(0).getText();
    }

    public String errorSummary() {
        return browser.has("error-summary") ? browser.find("error-summary").getText() : "";
    }

    public void submit() {
        browser.find("submit").click();
    }

    /** Submits a form that has something wrong: waits for the form to come back with its errors. */
    public void submitExpectingErrors() {
        submit();
        browser.waiting(java.time.Duration.ofSeconds(20)).until(driver -> browser.has("error-summary"));
    }

    public void save() {
        browser.find("save").click();
    }

    public String draftId() {
        return browser.find("draft-id").getDomProperty("value");
    }
}
