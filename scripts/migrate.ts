import { migrateDatabase } from "../db/migrate";

migrateDatabase()
  .then(() => console.log("demarc: migrations applied"))
  .catch((error) => {
    console.error("demarc: migration failed:", error);
    process.exit(1);
  });
