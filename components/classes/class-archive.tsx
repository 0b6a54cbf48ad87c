import { ConfirmButton } from "./confirm-button";
import { LocalTime } from "./local-time";

/** Archives a class after a confirm step that says what archiving stops and what it keeps. */
export function ArchiveClassButton({ classId, name }: { classId: string; name: string }) {
  return (
    <ConfirmButton
      label="Archive class"
      accessibleLabel={`Archive ${name}`}
      title={`Archive ${name}?`}
      body="The join code stops working, no new assignments can be published, and students can start no new attempts (one under way can still be finished). The gradebook, results and exports stay readable, and you can unarchive the class at any time."
      confirmLabel="Archive class"
      url={`/api/v1/classes/${classId}`}
      method="PATCH"
      json={{ archived: true }}
      quiet={false}
    />
  );
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
        <ConfirmButton
          label="Unarchive"
          accessibleLabel={`Unarchive ${name}`}
          title={`Unarchive ${name}?`}
          body="The join code works again (if it is turned on), you can publish assignments, and students can start attempts on open assignments."
          confirmLabel="Unarchive class"
          url={`/api/v1/classes/${classId}`}
          method="PATCH"
          json={{ archived: false }}
          quiet={false}
        />
      </div>
    </div>
  );
}
