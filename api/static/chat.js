// The support chat page: sends a message to POST /v1/chat and reads its server-sent events
// (progress, token, reset, reply, error) from the response body, since EventSource cannot POST.
"use strict";
(function () {
  const form = document.getElementById("chat-form");
  const log = document.getElementById("log");
  const input = document.getElementById("message");
  const status = document.getElementById("status");
  const account = document.getElementById("account");
  const KEY = "cs-agents-thread";

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function threadKey() { return KEY + (account ? ":" + account.value : ""); }

  function newThread() {
    sessionStorage.removeItem(threadKey());
    log.replaceChildren();
    status.textContent = "New conversation";
  }

  function showReply(turn, reply) {
    // The server renders the reply's Markdown with raw HTML escaped (api/markdown.py); plain text otherwise.
    if (typeof reply.html === "string") {
      turn.text.innerHTML = reply.html;
      turn.text.classList.add("rendered");
    }
    else turn.text.textContent = reply.reply;
    turn.item.dataset.resolution = reply.resolution;
    const badge = el("span", "badge resolution-" + reply.resolution,
      reply.resolution === "escalate" ? "handed to a person" : "answered");
    turn.meta.replaceChildren(badge);
    if (reply.citations.length) {
      const list = el("ul", "citations");
      list.setAttribute("aria-label", "Sources");
      for (const id of reply.citations) {
        const li = el("li");
        const link = el("a", "citation", id);
        link.href = "/ui/articles/" + encodeURIComponent(id);
        link.target = "_blank";
        li.append(link);
        list.append(li);
      }
      turn.item.append(el("p", "sources-title", "Sources"), list);
    }
    sessionStorage.setItem(threadKey(), reply.thread_id);
  }

  function showError(turn, detail) {
    turn.item.classList.add("failed");
    turn.meta.replaceChildren(el("span", "flash error", detail));
  }

  function handle(turn, name, data) {
    if (name === "progress") status.textContent = "Working: " + data.step.replaceAll("_", " ");
    else if (name === "token") turn.text.textContent += data.text;
    else if (name === "reset") turn.text.textContent = "";  // the reply changed: the tokens after it make it
    else if (name === "reply") { showReply(turn, data); turn.item.scrollIntoView({ block: "end" }); }
    else if (name === "error") showError(turn, data.detail);
  }

  // One SSE message: "event: NAME" and "data: JSON" lines.
  function parse(block) {
    let name = "message";
    const data = [];
    for (const line of block.split("\n")) {
      if (line.startsWith("event:")) name = line.slice(6).trim();
      else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
    }
    return data.length ? [name, JSON.parse(data.join("\n"))] : null;
  }

  async function send(message) {
    log.append(el("li", "turn user", message));
    const item = el("li", "turn agent");
    const turn = { item, text: el("div", "text"), meta: el("div", "meta") };
    item.append(turn.text, turn.meta);
    log.append(item);
    item.scrollIntoView({ block: "end" });
    const body = { message };
    const thread = sessionStorage.getItem(threadKey());
    if (thread) body.thread_id = thread;
    if (account) body.account_id = account.value;
    const response = await fetch("/v1/chat", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "text/event-stream" },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      let detail = response.status + " " + response.statusText;
      try { detail = (await response.json()).detail || detail; } catch (_) { /* not JSON */ }
      showError(turn, detail);
      return;
    }
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true }).replaceAll("\r\n", "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const event = parse(buffer.slice(0, cut));
        buffer = buffer.slice(cut + 2);
        if (event) handle(turn, event[0], event[1]);
      }
    }
  }

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const message = input.value.trim();
    if (!message) return;
    input.value = "";
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    try {
      await send(message);
      status.textContent = "";
    } catch (err) {
      status.textContent = "The connection failed: " + err.message;
    } finally {
      button.disabled = false;
      input.focus();
    }
  });
  input.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); form.requestSubmit(); }
  });
  document.getElementById("new-thread").addEventListener("click", newThread);
  if (account) account.addEventListener("change", newThread);
})();
