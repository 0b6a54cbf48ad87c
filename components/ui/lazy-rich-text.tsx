import { lazy, Suspense, type ReactNode } from "react";
import type { RichText as RichTextNodes } from "@/server/practice/types";

const RichText = lazy(() => import("@/components/ui/rich-text").then((module) => ({ default: module.RichText })));

/**
 * Formatted text when a question has it (a class's imported [html]/[markdown] questions), else the
 * plain words. The renderer is loaded only when needed, so practice on the bank never carries it;
 * while it loads, the plain words stand in.
 */
export function FormattedOrPlain({ nodes, inline, plain }: { nodes?: RichTextNodes; inline?: boolean; plain: ReactNode }) {
  if (!nodes) return <>{plain}</>;
  return (
    <Suspense fallback={plain}>
      <RichText nodes={nodes} inline={inline} />
    </Suspense>
  );
}
