"""The streamed chat's token bookkeeping and the screen's sentence cut, without a server."""

from agents.guardrails import complete_sentences
from api.routers.chat import TokenStream


def texts(events: list[str]) -> list[str]:
    return [e.split("event: ", 1)[1].split("\n", 1)[0] for e in events]


def test_previews_that_extend_the_text_send_only_what_is_new() -> None:
    tokens = TokenStream()
    assert texts(tokens.offer("Hello there.")) == ["token", "token"]
    sent = tokens.offer("Hello there. Next one.")
    assert texts(sent) == ["token", "token"] and '" Next "' in sent[0]
    assert tokens.offer("Hello there. Next one.", final=True) == []
    assert (tokens.sent, tokens.resets) == ("Hello there. Next one.", 0)


def test_a_retry_catching_up_waits_and_a_different_reply_resets() -> None:
    tokens = TokenStream()
    tokens.offer("First try. More.")
    assert tokens.offer("First try.") == []  # the retry has written less of the same so far
    events = tokens.offer("Offline answer.", final=True)
    assert texts(events)[0] == "reset" and tokens.sent == "Offline answer." and tokens.resets == 1


def test_a_final_reply_shorter_than_what_was_sent_resets() -> None:
    tokens = TokenStream()
    tokens.offer("Kept. Removed by the final screen.")
    assert texts(tokens.offer("Kept.", final=True)) == ["reset", "token"]


def test_complete_sentences_cuts_after_the_last_finished_sentence() -> None:
    assert complete_sentences("No end yet") == ""
    assert complete_sentences("Version 3.5 is out. Write to ann.lee@exa") == "Version 3.5 is out. "
    assert complete_sentences("Line one\nline two") == "Line one\n"
    assert complete_sentences("Done!") == ""  # a sentence is surely over only once a space follows
    assert complete_sentences("One. Two. ") == complete_sentences(complete_sentences("One. Two. Thr"))
