import { defineFacts } from "../schema";

const EKS_SECURITY = {
  title: "Security in Amazon EKS - Amazon EKS",
  url: "https://docs.aws.amazon.com/eks/latest/userguide/security.html",
} as const;

export const eksFacts = defineFacts([
  {
    id: "eks.control-plane",
    service: "eks",
    model: "container",
    topic: "patching",
    owner: "aws",
    duty: "operate, patch and keep available the Kubernetes control plane (API servers and etcd) of an EKS cluster",
    statement:
      "AWS runs each EKS cluster's Kubernetes control plane, including the control plane nodes and the etcd database, and keeps it patched and available; the customer still chooses when to upgrade the cluster's Kubernetes version and sets options such as API endpoint access and control plane logging.",
    why:
      "EKS draws the demarc between the control plane and the data plane: the managed part of Kubernetes is AWS's, while what runs on the cluster stays with the customer.",
    misconception: "EKS customers have to patch and back up the etcd database of their cluster.",
    citations: [
      {
        kind: "aws-doc",
        ...EKS_SECURITY,
        quote: "For Amazon EKS, AWS is responsible for the Kubernetes control plane, which includes the control plane nodes and etcd database.",
      },
    ],
  },
  {
    id: "eks.os-patching",
    service: "eks",
    model: "container",
    topic: "patching",
    owner: "customer",
    duty: "move the EC2 worker nodes of an EKS cluster onto AMIs with current operating system patches",
    statement:
      "Worker nodes on EC2 are instances in the customer's account: AWS publishes patched EKS-optimized AMIs, but the customer replaces self-managed nodes or starts the managed node group update that rolls nodes onto the new AMI.",
    why:
      "Below the control plane the data plane is the customer's. Managed node groups automate the rolling replacement, yet deciding to run it stays with the customer; only Fargate or EKS Auto Mode hand node patching to AWS.",
    misconception: "Because the EKS control plane is managed, AWS also patches the worker nodes automatically.",
    citations: [
      {
        kind: "aws-doc",
        title: "Update self-managed nodes for your cluster - Amazon EKS",
        url: "https://docs.aws.amazon.com/eks/latest/userguide/update-workers.html",
        quote: "When a new Amazon EKS optimized AMI is released, consider replacing the nodes in your self-managed node group with the new AMI.",
      },
      {
        kind: "aws-doc",
        title: "Update a managed node group for your cluster - Amazon EKS",
        url: "https://docs.aws.amazon.com/eks/latest/userguide/update-managed-node-group.html",
        quote: "When you initiate a managed node group update, Amazon EKS automatically updates your nodes for you",
      },
    ],
  },
  {
    id: "eks.access-policies",
    service: "eks",
    model: "container",
    topic: "identity",
    owner: "customer",
    duty: "decide which IAM principals receive which Kubernetes permissions in an EKS cluster",
    statement:
      "The customer maps IAM users and roles to Kubernetes permissions, through EKS access entries and access policies or Kubernetes RBAC roles and bindings, and keeps cluster-admin rights to the few who need them.",
    why:
      "AWS authenticates callers against IAM, but authorisation inside the cluster is identity configuration, which is the customer's whatever the model.",
    misconception: "AWS decides who may run kubectl against an EKS cluster.",
    disagreement: {
      file: "004_aa8011a1b640d359.txt",
      note: "004 lists AWS Identity and Access Management on AWS's side for container services. AWS runs IAM and the authenticator, but granting principals Kubernetes permissions is the customer's configuration.",
    },
    citations: [
      {
        kind: "aws-doc",
        title: "Grant IAM users access to Kubernetes with EKS access entries - Amazon EKS",
        url: "https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html",
        quote: "Fundamentally, an EKS access entry associates a set of Kubernetes permissions with an IAM identity, such as an IAM role.",
      },
    ],
  },
  {
    id: "eks.pod-security",
    service: "eks",
    model: "container",
    topic: "configuration",
    owner: "customer",
    duty: "restrict what pods in an EKS cluster may do, such as running privileged or as root",
    statement:
      "The customer configures the security settings of pods and containers, for example enforcing Pod Security Standards, avoiding privileged containers and root users, and limiting access to host namespaces.",
    why:
      "Containers share the node's kernel, and how they are configured is part of the customer's data plane, which AWS does not control.",
    misconception: "EKS blocks privileged or root containers for you, so pod security settings are AWS's concern.",
    citations: [
      {
        kind: "aws-doc",
        ...EKS_SECURITY,
        quote: "The configuration of the nodes and the containers themselves",
      },
      {
        kind: "source",
        file: "003_53a40e5655bcd60d.txt",
        section: "Shared Responsibility Model in Architecture",
        quote: "Customer Responsibility: Configures containers, deployments.",
      },
    ],
  },
]);
