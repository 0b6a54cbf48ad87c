import { ConfirmButton } from "./confirm-button";
import { LocalTime } from "./local-time";

/** What each way of the switch says: archiving names what it stops and what it keeps; unarchiving what comes back. */
const ARCHIVE_WORDS = {
  Archive: {
    label: "Archive class",
    confirmLabel: "Archive class",
    body: "The join code stops working, no new assignments can be published, and students can start no new attempts (one under way can still be finished). The gradebook, results and exports stay readable, and you can unarchive the class at any time.",
  },
  Unarchive: {
    label: "Unarchive",
    confirmLabel: "Unarchive class",
    body: "The join code works again (if it is turned on), you can publish assignments, and students can start attempts on open assignments.",
  },
};

/** Archives a class (`archive`) or unarchives it after a confirm step: PATCH /api/v1/classes/{classId} { archived }. */
function ArchiveSwitch({ classId, name, archive }: { classId: string; name: string; archive: boolean }) {
  const verb = archive ? "Archive" : "Unarchive";
  return (
    <ConfirmButton
      {...ARCHIVE_WORDS[verb]}
      accessibleLabel={`${verb} ${name}`}
      title={`${verb} ${name}?`}
      url={`/api/v1/classes/${classId}`}
      method="PATCH"
      json={{ archived: archive }}
      quiet={false}
    />
  );
}

/** Archives a class after a confirm step that says what archiving stops and what it keeps. */
export function ArchiveClassButton({ classId, name }: { classId: string; name: string }) {
  return <ArchiveSwitch classId={classId} name={name} archive />;
}

/** The banner an archived class's page opens with, and the way back. */
export function ArchivedBanner({ classId, name, archivedAt }: { classId: string; name: string; archivedAt: number }) {
  return (
    <div className="alert alert-info stack" role="status">
      <p>
        <strong>
          Archived on <LocalTime ms={archivedAt} />.
        </strong>{" "}
        Its join code does not work and students start no new attempts; results, the gradebook and exports stay here.
      </p>
      <div>
        <ArchiveSwitch classId={classId} name={name} archive={false} />
      </div>
    </div>
  );
}
