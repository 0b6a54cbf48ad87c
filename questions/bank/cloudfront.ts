import { defineFacts } from "../schema";

const F001 = "001_1b349d5091cf0d19.txt" as const;

export const cloudfrontFacts = defineFacts([
  {
    id: "cloudfront.encryption-in-transit",
    service: "cloudfront",
    model: "abstract",
    topic: "encryption",
    owner: "customer",
    duty: "set the viewer protocol policy so that viewers must use HTTPS",
    statement:
      "A distribution only forces HTTPS if the customer sets its cache behaviours to redirect HTTP to HTTPS or to HTTPS only; left at allow-all, viewers can still fetch content over plain HTTP.",
    why:
      "CloudFront offers TLS at every edge location, but which protocols a distribution accepts is a per-distribution configuration choice made by the customer.",
    misconception: "CloudFront always serves content over HTTPS, so the customer need not configure anything.",
    citations: [
      {
        kind: "aws-doc",
        title: "cloudfront-viewer-policy-https - AWS Config",
        url: "https://docs.aws.amazon.com/config/latest/developerguide/cloudfront-viewer-policy-https.html",
        quote: "Checks whether your Amazon CloudFront distributions use HTTPS (directly or via a redirection).",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "encryption on all data (in transit if possible)",
      },
    ],
  },
  {
    id: "cloudfront.origin-access",
    service: "cloudfront",
    model: "abstract",
    topic: "identity",
    owner: "customer",
    duty: "restrict an S3 origin so that it can only be read through CloudFront, using origin access control",
    statement:
      "To stop users bypassing the distribution, the customer configures origin access control and a bucket policy that lets only CloudFront read the S3 origin.",
    why:
      "The origin bucket and its policy belong to the customer, so closing the side door around the CDN is customer configuration; AWS supplies OAC signing as the mechanism.",
    misconception: "Putting CloudFront in front of a bucket automatically makes the bucket private.",
    citations: [
      {
        kind: "aws-doc",
        title: "Restrict access to an Amazon S3 origin - Amazon CloudFront",
        url: "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html",
        quote: "OAC helps you secure your origins, such as Amazon S3.",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
    ],
  },
  {
    id: "cloudfront.physical-security",
    service: "cloudfront",
    model: "abstract",
    topic: "physical",
    owner: "aws",
    duty: "physically secure the edge locations where CloudFront caches and serves content",
    statement:
      "The edge locations that run CloudFront are part of AWS's global infrastructure, and AWS secures the buildings, servers and network equipment in them.",
    why:
      "Physical and global infrastructure security is AWS's in every model, and edge locations are named explicitly as part of that global infrastructure.",
    misconception: "Customers are responsible for the security of the edge servers that cache their content.",
    citations: [
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Infrastructure Services",
        quote:
          "as well as securing the Global Infrastructure (Regions, Availability Zones, and Edge locations).",
      },
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "Examples of these services are DynamoDB, S3, and CloudFront.",
      },
    ],
  },
  {
    id: "cloudfront.data",
    service: "cloudfront",
    model: "abstract",
    topic: "data",
    owner: "customer",
    duty: "decide what content is published through a CloudFront distribution and which content must stay private",
    statement:
      "The customer chooses which files a distribution serves and whether any of them need restricted access; anything it publishes through a public distribution is reachable by anyone.",
    why:
      "A CDN copies whatever the customer points it at to the edge; classifying that content and keeping sensitive files out, or behind signed access, remains the data owner's duty.",
    misconception: "AWS reviews content before CloudFront caches it, so sensitive files will not be exposed.",
    citations: [
      {
        kind: "source",
        file: F001,
        section: "Shared Responsibility in Abstracted Services",
        quote: "the customer is still responsible for customer IAM, data integrity, and data encryption.",
      },
      {
        kind: "source",
        file: "000_fdea47f1271acbe3.txt",
        section: "Shared Responsibility Model Example for Abstract Services",
        quote: "the customer manages their data, who has access to it, and the encryption settings.",
      },
    ],
  },
]);
