/**
 * 重点企业: output and growth of the largest enterprises, for the roles that may see enterprise
 * figures. Whether it is drawn is decided from the token's groups, for display only: the
 * service that will serve the list enforces the role itself.
 */
import { maySeeEnterpriseFigures } from "../auth/token.js";
import { notServedState } from "../ui/states.js";
import type { Panel } from "./panel.js";

export const keyPanel: Panel = {
  id: "key",
  title: "key",
  shown: (context) => maySeeEnterpriseFigures(context.claims),
  render: async (body, context) => {
    body.appendChild(
      notServedState(
        context.lang,
        "keyNotServed",
        context.lang === "zh"
          ? "indicator-service 的重点企业排行（按产值的前N家企业及其增速，issue 20）"
          : "indicator-service's top-N key enterprises by output, with growth (issue 20)",
      ),
    );
  },
};
