import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RichText } from "@/components/ui/rich-text";
import { richText } from "@/questions/rich-text";

describe("the rich-text view", () => {
  it("renders a Moodle [html] question's safe tree as elements: bold is bold, no tag is shown as text", () => {
    const nodes = richText(
      '<p>Which <b>two</b> are the <i>customer\'s</i>?</p><ul><li>Data</li><li><a href="https://aws.amazon.com/">IAM</a></li></ul>',
      "html",
    );
    const { container } = render(<RichText nodes={nodes} />);
    expect(container.querySelector("p strong")?.textContent).toBe("two");
    expect(container.querySelector("p em")?.textContent).toBe("customer's");
    expect([...container.querySelectorAll("li")].map((li) => li.textContent)).toEqual(["Data", "IAM"]);
    expect(container.querySelector("a")?.getAttribute("href")).toBe("https://aws.amazon.com/");
    expect(container.querySelector("a")?.getAttribute("rel")).toBe("nofollow noopener noreferrer");
    expect(container.textContent).not.toMatch(/[<>]/);
  });

  it("shows text that spells markup as text, and never links an address that is not http(s) or mailto", () => {
    const { container } = render(
      <RichText nodes={["<script>alert(1)</script> & <b>", { tag: "a", href: "javascript:alert(1)", children: ["click"] }]} inline />,
    );
    expect(container.querySelector("script, b")).toBeNull();
    expect(container.textContent).toBe("<script>alert(1)</script> & <b>click");
    expect(container.querySelector("a")).toBeNull();
    expect(container.firstElementChild?.tagName).toBe("SPAN");
  });
});
