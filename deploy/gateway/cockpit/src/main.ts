/** The page's entry: styles, then the cockpit on this origin with the tab's session token. */
import "./styles.css";
import { startCockpit } from "./app.js";
import { sessionTokenStore } from "./auth/token.js";

void startCockpit(document.getElementById("app") as HTMLElement, window.location.origin, sessionTokenStore(window.sessionStorage));
