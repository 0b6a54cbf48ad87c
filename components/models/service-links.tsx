import Link from "next/link";
import styles from "./models.module.css";

/** Service names as a wrapping row of links to their pages. */
export function ServiceLinks({ services, label }: { services: { id: string; name: string }[]; label: string }) {
  return (
    <ul className={styles.inlineList} aria-label={label}>
      {services.map((service) => (
        <li key={service.id}>
          <Link href={`/services/${service.id}`}>{service.name}</Link>
        </li>
      ))}
    </ul>
  );
}
