import type { Fact } from "../schema";
import { acmFacts } from "./acm";
import { artifactFacts } from "./artifact";
import { auroraFacts } from "./aurora";
import { autoScalingFacts } from "./auto-scaling";
import { awsCloudFacts } from "./aws-cloud";
import { cloudfrontFacts } from "./cloudfront";
import { cloudhsmFacts } from "./cloudhsm";
import { cloudtrailFacts } from "./cloudtrail";
import { cloudwatchFacts } from "./cloudwatch";
import { configFacts } from "./config";
import { dynamodbFacts } from "./dynamodb";
import { ebsFacts } from "./ebs";
import { ec2Facts } from "./ec2";
import { ecsFacts } from "./ecs";
import { efsFacts } from "./efs";
import { eksFacts } from "./eks";
import { elasticBeanstalkFacts } from "./elastic-beanstalk";
import { elasticacheFacts } from "./elasticache";
import { elbFacts } from "./elb";
import { emrFacts } from "./emr";
import { fargateFacts } from "./fargate";
import { glacierFacts } from "./glacier";
import { guarddutyFacts } from "./guardduty";
import { iamIdentityCenterFacts } from "./iam-identity-center";
import { iamFacts } from "./iam";
import { inspectorFacts } from "./inspector";
import { kmsFacts } from "./kms";
import { lambdaFacts } from "./lambda";
import { lightsailFacts } from "./lightsail";
import { opensearchFacts } from "./opensearch";
import { organizationsFacts } from "./organizations";
import { outpostsFacts } from "./outposts";
import { rdsFacts } from "./rds";
import { redshiftFacts } from "./redshift";
import { s3Facts } from "./s3";
import { secretsManagerFacts } from "./secrets-manager";
import { shieldFacts } from "./shield";
import { snsFacts } from "./sns";
import { sqsFacts } from "./sqs";
import { systemsManagerFacts } from "./systems-manager";
import { vpcFacts } from "./vpc";
import { wafFacts } from "./waf";
import { workdocsFacts } from "./workdocs";

/** Every fact in the bank, one file per service. */
export const facts: Fact[] = [
  ...acmFacts,
  ...artifactFacts,
  ...auroraFacts,
  ...autoScalingFacts,
  ...awsCloudFacts,
  ...cloudfrontFacts,
  ...cloudhsmFacts,
  ...cloudtrailFacts,
  ...cloudwatchFacts,
  ...configFacts,
  ...dynamodbFacts,
  ...ebsFacts,
  ...ec2Facts,
  ...ecsFacts,
  ...efsFacts,
  ...eksFacts,
  ...elasticBeanstalkFacts,
  ...elasticacheFacts,
  ...elbFacts,
  ...emrFacts,
  ...fargateFacts,
  ...glacierFacts,
  ...guarddutyFacts,
  ...iamIdentityCenterFacts,
  ...iamFacts,
  ...inspectorFacts,
  ...kmsFacts,
  ...lambdaFacts,
  ...lightsailFacts,
  ...opensearchFacts,
  ...organizationsFacts,
  ...outpostsFacts,
  ...rdsFacts,
  ...redshiftFacts,
  ...s3Facts,
  ...secretsManagerFacts,
  ...shieldFacts,
  ...snsFacts,
  ...sqsFacts,
  ...systemsManagerFacts,
  ...vpcFacts,
  ...wafFacts,
  ...workdocsFacts,
];
