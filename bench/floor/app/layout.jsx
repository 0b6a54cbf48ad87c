// The framework floor: the smallest App Router page, built by the bench beside Demarc.
export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
