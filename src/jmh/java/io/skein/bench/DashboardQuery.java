package io.skein.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A realistic client operation against the GitHub schema that touches all three upstreams: a
 * repository page ({@code repos}), a user profile ({@code users}) and a repository search
 * ({@code search}), with fragments, variables, an input object and inline fragments on a union.
 * It selects 100 fields (leaves and objects, each selection in the text counted once).
 */
final class DashboardQuery {

    static final String OPERATION_NAME = "Dashboard";

    static final String TEXT = """
            query Dashboard($owner: String!, $name: String!, $login: String!, $searchQuery: String!,
                            $first: Int = 10, $issueStates: [IssueState!] = [OPEN]) {
              repository(owner: $owner, name: $name) {
                ...RepositorySummary
                description
                homepageUrl
                createdAt
                pushedAt
                isArchived
                primaryLanguage { name color }
                licenseInfo { spdxId name }
                defaultBranchRef {
                  name
                  target { oid ... on Commit { messageHeadline committedDate } }
                }
                repositoryTopics(first: $first) { nodes { topic { name } } }
                issues(first: $first, states: $issueStates, orderBy: {field: CREATED_AT, direction: DESC}) {
                  totalCount
                  pageInfo { ...Page }
                  nodes {
                    number
                    title
                    state
                    createdAt
                    url
                    author { ...Author }
                    labels(first: 5) { nodes { name color } }
                    comments { totalCount }
                  }
                }
                pullRequests(first: $first, states: [OPEN]) {
                  totalCount
                  pageInfo { ...Page }
                  nodes {
                    number
                    title
                    isDraft
                    mergeable
                    additions
                    deletions
                    changedFiles
                    headRefName
                    baseRefName
                    author { ...Author }
                    reviews(first: 3) { nodes { state author { login } } }
                  }
                }
              }
              user(login: $login) {
                ...Author
                name
                bio
                company
                location
                createdAt
                followers { totalCount }
                following { totalCount }
                repositories(first: $first, orderBy: {field: STARGAZERS, direction: DESC}) {
                  totalCount
                  nodes { ...RepositorySummary }
                }
                organizations(first: 5) { nodes { login name avatarUrl } }
                contributionsCollection {
                  totalCommitContributions
                  totalIssueContributions
                  totalPullRequestContributions
                }
              }
              search(query: $searchQuery, type: REPOSITORY, first: $first) {
                repositoryCount
                pageInfo { ...Page }
                nodes {
                  __typename
                  ... on Repository { ...RepositorySummary }
                  ... on User { login name }
                  ... on Organization { login name }
                }
              }
            }

            fragment RepositorySummary on Repository {
              id
              nameWithOwner
              url
              stargazerCount
              forkCount
              owner { login }
            }

            fragment Author on Actor {
              login
              avatarUrl
              url
            }

            fragment Page on PageInfo {
              hasNextPage
              endCursor
            }
            """;

    private DashboardQuery() {
    }

    static Map<String, Object> variables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("owner", "graphql-java");
        variables.put("name", "graphql-java");
        variables.put("login", "octocat");
        variables.put("searchQuery", "graphql proxy language:java");
        variables.put("first", 10);
        variables.put("issueStates", List.of("OPEN", "CLOSED"));
        return variables;
    }
}
