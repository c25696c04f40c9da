"""The analysts' page in headless Chromium: markers, timeline, filters, evidence, review."""

from __future__ import annotations

import json
import urllib.request

import pytest
pytest.importorskip("selenium", reason="needs selenium (pip install -e .[dev])")
from selenium.webdriver.common.by import By  # noqa: E402

from .conftest import ARTIFACTS

pytestmark = pytest.mark.browser


def wait_for(driver, predicate, timeout=15):
    """Wait for the page to settle; elements re-rendered meanwhile are looked up again."""
    from selenium.common.exceptions import StaleElementReferenceException
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout, ignored_exceptions=[StaleElementReferenceException])
    return wait.until(lambda d: predicate(d))


def count(driver, css):
    from selenium.webdriver.common.by import By

    return len(driver.find_elements(By.CSS_SELECTOR, css))


def test_map_timeline_filter_evidence_and_review(live_server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, _store = live_server
    browser.get(base + "/")

    wait_for(browser, lambda d: count(d, "path.event-marker") == 4)
    wait_for(browser, lambda d: count(d, "#timeline-svg rect.bar") == 4)
    assert count(browser, "#event-list li") == 4
    assert browser.find_element(By.ID, "summary").text == "4 events · 10 reported fatalities"
    wait_for(browser, lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-basemap") in ("loaded", "missing"))
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "web-overview.png"))

    Select(browser.find_element(By.ID, "f-country")).select_by_value("Syria")
    browser.find_element(By.ID, "f-apply").click()
    wait_for(browser, lambda d: count(d, "path.event-marker") == 2)
    wait_for(browser, lambda d: d.find_element(By.ID, "summary").text == "2 events · 2 reported fatalities")
    assert [li.get_attribute("data-event-id") for li in browser.find_elements(By.CSS_SELECTOR, "#event-list li")] == [
        "evt-balad",
        "evt-tafas",
    ]
    assert count(browser, "#timeline-svg rect.bar") == 2

    browser.find_element(By.CSS_SELECTOR, '#event-list li[data-event-id="evt-tafas"]').click()
    wait_for(browser, lambda d: count(d, "#event-view .article mark") == 3)
    marks = browser.find_elements(By.CSS_SELECTOR, "#event-view .article mark")
    assert [(m.text, m.get_attribute("data-fields")) for m in marks] == [
        ("shelled", "event_type"),
        ("Tafas", "location"),
        ("killing two civilians", "fatalities"),
    ]

    ARTIFACTS.mkdir(exist_ok=True)
    browser.execute_script("document.querySelector('#event-view .article').scrollIntoView()")
    browser.save_screenshot(str(ARTIFACTS / "web-event-evidence.png"))

    browser.find_element(By.ID, "r-reviewer").send_keys("selenium")
    fatalities = browser.find_element(By.ID, "r-fatalities")
    fatalities.clear()
    fatalities.send_keys("3")
    browser.find_element(By.ID, "r-comment").send_keys("a third victim died in hospital")
    browser.find_element(By.ID, "r-edit").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "review-message").text == "Saved: edit by selenium")
    assert browser.find_element(By.ID, "review-status").text == "edited"
    assert "UTC · selenium edit (fatalities: 2 → 3; counts.fatalities: 2 → 3)" in browser.find_element(By.ID, "review-history").text

    with urllib.request.urlopen(f"{base}/api/events/evt-tafas") as response:
        stored = json.load(response)
    assert stored["event"]["fatalities"] == 3
    assert stored["event"]["review_status"] == "edited"
    assert [(r["action"], r["reviewer"], r["comment"]) for r in stored["reviews"]] == [
        ("edit", "selenium", "a third victim died in hospital")
    ]

    browser.save_screenshot(str(ARTIFACTS / "web-event-review.png"))

    # another analyst confirms meanwhile: this page's view is stale, so its reject is refused
    request = urllib.request.Request(
        f"{base}/api/events/evt-tafas/review",
        data=json.dumps({"action": "confirm", "reviewer": "other", "seen_review_id": stored["reviews"][0]["id"]}).encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request) as response:
        assert response.status == 200
    browser.find_element(By.ID, "r-reject").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "review-message").text.startswith("Not saved:"))
    assert "was reviewed since you opened it (other: confirm)" in browser.find_element(By.ID, "review-message").text

    Select(browser.find_element(By.ID, "f-review_status")).select_by_value("confirmed")
    browser.find_element(By.ID, "f-apply").click()
    wait_for(browser, lambda d: d.find_element(By.ID, "summary").text == "1 event · 3 reported fatalities")
    assert [li.get_attribute("data-event-id") for li in browser.find_elements(By.CSS_SELECTOR, "#event-list li")] == ["evt-tafas"]
    errors = [e["message"] for e in browser.get_log("browser") if e["level"] == "SEVERE" and "/api/boundaries/" not in e["message"]]
    assert [m for m in errors if "409 (Conflict)" not in m] == []  # the refused stale review is the only one
    assert len(errors) == 1


def seed_summaries() -> list[dict[str, str]]:
    from tests.api.seed import seed_events

    return [e.to_dict() for _, events in seed_events().values() for e in events]


def test_marker_click_opens_the_event_and_the_form_follows_the_taxonomy(live_server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    base, _store = live_server
    browser.get(base + "/")
    wait_for(browser, lambda d: count(d, "path.event-marker") == 4)
    browser.execute_script("document.querySelectorAll('path.event-marker')[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))")
    wait_for(browser, lambda d: d.find_element(By.ID, "event-view").is_displayed())
    opened = browser.find_element(By.CSS_SELECTOR, "#event-view h3").text
    marker_event = browser.execute_script("return state.selected")
    expected = {e["event_id"]: f"{e['event_type']} — {e['sub_event_type']}" for e in seed_summaries()}
    assert opened.startswith(expected[marker_event])

    # the edit form offers ACLED sub-types of the chosen type only
    Select(browser.find_element(By.ID, "r-event_type")).select_by_value("Battles")
    options = [o.get_attribute("value") for o in Select(browser.find_element(By.ID, "r-sub_event_type")).options]
    assert options == ["", "Armed clash", "Government regains territory", "Non-state actor overtakes territory"]
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "web-map.png"))


def test_api_docs_render_offline(live_server, browser):
    base, _store = live_server
    browser.get(base + "/docs")
    wait_for(browser, lambda d: count(d, ".opblock") >= 9)
    paths = {e.text for e in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")}
    assert {"/api/events", "/api/extract", "/api/events/{event_id}/review"} <= paths


def test_events_at_the_same_point_are_listed_together(live_server, browser):
    import dataclasses

    from tests.api.seed import DARAA

    base, store = live_server
    tafas, balad = store.get_event("evt-tafas"), store.get_event("evt-balad")
    second = dataclasses.replace(tafas, event_id="evt-tafas-2", event_date=tafas.event_date.replace(day=27), fatalities=0)
    store.save_document(DARAA, [tafas, balad, second])

    browser.get(base + "/")
    wait_for(browser, lambda d: count(d, "path.event-marker") == 5)
    browser.execute_script(
        "state.markers.get('evt-tafas-2').getElement().dispatchEvent(new MouseEvent('click', {bubbles: true}))"
    )
    wait_for(browser, lambda d: count(d, "#event-list li") == 2)
    assert browser.find_element(By.ID, "status").text == "2 events at Tafas show all"
    ids = [li.get_attribute("data-event-id") for li in browser.find_elements(By.CSS_SELECTOR, "#event-list li")]
    assert sorted(ids) == ["evt-tafas", "evt-tafas-2"]
    browser.find_element(By.ID, "show-all").click()
    wait_for(browser, lambda d: count(d, "#event-list li") == 5)
