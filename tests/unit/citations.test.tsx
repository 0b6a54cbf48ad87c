import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CitationsList } from "@/components/practice/citations-list";

const citations = [
  {
    title: "Shared Responsibility Model",
    url: "https://aws.amazon.com/compliance/shared-responsibility-model/",
    quote: "AWS is responsible for protecting the infrastructure.",
  },
  { title: "Amazon RDS User Guide", section: "Maintenance", quote: "Amazon RDS patches the database engine." },
  {
    title: "Shared Responsibility Model",
    url: "https://aws.amazon.com/compliance/shared-responsibility-model/",
    quote: "Customers are responsible for their data.",
  },
  {
    title: "Shared Responsibility Model",
    url: "https://aws.amazon.com/compliance/shared-responsibility-model/",
    quote: "Customers are responsible for their data.",
  },
];

// A multi-answer question cites the same page for several options: each source is listed once, with its passages.
describe.each([
  ["practice feedback", true],
  ["reports", false],
])("the sources in %s", (_where, landmark) => {
  it("list each source once, with every passage it is cited for", () => {
    render(<CitationsList citations={citations} landmark={landmark} />);
    const items = screen.getAllByRole("listitem");
    expect(items).toHaveLength(2);
    const shared = items.find((item) => item.textContent?.includes("Shared Responsibility Model"))!;
    expect(within(shared).getAllByRole("link")).toHaveLength(1);
    expect(shared.querySelectorAll("q")).toHaveLength(2);
  });
});

it("practice feedback names its sources as one landmark; reports, listing many questions, add none", () => {
  const { unmount } = render(<CitationsList citations={citations} />);
  expect(screen.getByRole("region", { name: "Sources" })).toBeTruthy();
  unmount();
  render(<CitationsList citations={citations} landmark={false} />);
  expect(screen.queryByRole("region")).toBeNull();
});
