/* eslint-disable */
// Generated from schema.ts by schema-generate.ts (see __tests__/unit/sarif/schema-compiled.test.ts). Do not edit.
// @ts-nocheck
import { fullFormats, ucs2length } from './schema-runtime.js'
export const inputLog = validate0
const schema0 = {
  $id: 'https://go-ci-kit.invalid/sarif-github-subset-input.json',
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string' },
    version: { const: '2.1.0' },
    runs: { type: 'array', items: { $ref: '#/definitions/run' } }
  },
  definitions: {
    message: {
      type: 'object',
      properties: {
        text: { type: 'string' },
        markdown: { type: 'string' },
        id: { type: 'string' },
        arguments: { type: 'array', items: { type: 'string' } }
      },
      anyOf: [{ required: ['text'] }, { required: ['id'] }, { required: ['markdown'] }]
    },
    region: {
      type: 'object',
      properties: {
        startLine: { type: 'integer', minimum: 0 },
        startColumn: { type: 'integer', minimum: 0 },
        endLine: { type: 'integer', minimum: 0 },
        endColumn: { type: 'integer', minimum: 0 },
        charOffset: { type: 'integer', minimum: -1 },
        byteOffset: { type: 'integer', minimum: -1 }
      }
    },
    artifactLocation: {
      type: 'object',
      properties: {
        uri: { type: 'string' },
        uriBaseId: { type: 'string' },
        index: { type: 'integer', minimum: -1 }
      }
    },
    location: {
      type: 'object',
      properties: {
        id: { type: 'integer', minimum: -1 },
        physicalLocation: {
          type: 'object',
          properties: {
            artifactLocation: { $ref: '#/definitions/artifactLocation' },
            region: { $ref: '#/definitions/region' },
            contextRegion: { $ref: '#/definitions/region' }
          }
        },
        message: { $ref: '#/definitions/message' }
      }
    },
    result: {
      type: 'object',
      required: ['message'],
      properties: {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        rule: {
          type: 'object',
          properties: { id: { type: 'string' }, index: { type: 'integer' } }
        },
        level: { type: 'string' },
        kind: { type: 'string' },
        message: { $ref: '#/definitions/message' },
        locations: {
          anyOf: [{ type: 'array', items: { $ref: '#/definitions/location' } }, { type: 'null' }]
        },
        relatedLocations: {
          anyOf: [{ type: 'array', items: { $ref: '#/definitions/location' } }, { type: 'null' }]
        },
        codeFlows: {
          anyOf: [
            {
              type: 'array',
              items: {
                type: 'object',
                required: ['threadFlows'],
                properties: {
                  threadFlows: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['locations'],
                      properties: {
                        locations: {
                          type: 'array',
                          items: {
                            type: 'object',
                            properties: { location: { $ref: '#/definitions/location' } }
                          }
                        }
                      }
                    }
                  }
                }
              }
            },
            { type: 'null' }
          ]
        },
        stacks: {
          anyOf: [
            {
              type: 'array',
              items: {
                type: 'object',
                required: ['frames'],
                properties: {
                  frames: {
                    type: 'array',
                    items: {
                      type: 'object',
                      properties: { location: { $ref: '#/definitions/location' } }
                    }
                  }
                }
              }
            },
            { type: 'null' }
          ]
        },
        partialFingerprints: {
          anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }]
        },
        fingerprints: {
          anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }]
        },
        suppressions: { anyOf: [{ type: 'array', items: { type: 'object' } }, { type: 'null' }] },
        properties: {
          anyOf: [
            {
              type: 'object',
              properties: {
                tags: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
                'security-severity': {
                  anyOf: [
                    { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' },
                    { type: 'number', minimum: 0, maximum: 10 }
                  ]
                }
              }
            },
            { type: 'null' }
          ]
        }
      }
    },
    reportingDescriptor: {
      type: 'object',
      required: ['id'],
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string' },
        shortDescription: {
          type: 'object',
          properties: { text: { type: 'string' }, markdown: { type: 'string' } }
        },
        fullDescription: {
          type: 'object',
          properties: { text: { type: 'string' }, markdown: { type: 'string' } }
        },
        help: {
          type: 'object',
          properties: { text: { type: 'string' }, markdown: { type: 'string' } }
        },
        helpUri: { type: 'string' },
        defaultConfiguration: {
          type: 'object',
          properties: { level: { type: 'string' }, enabled: { type: 'boolean' } }
        },
        properties: {
          anyOf: [
            {
              type: 'object',
              properties: {
                tags: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
                'security-severity': {
                  anyOf: [
                    { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' },
                    { type: 'number', minimum: 0, maximum: 10 }
                  ]
                }
              }
            },
            { type: 'null' }
          ]
        }
      }
    },
    toolComponent: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        fullName: { type: 'string' },
        version: { type: 'string' },
        semanticVersion: { type: 'string' },
        guid: { type: 'string' },
        informationUri: { type: 'string' },
        rules: {
          anyOf: [
            { type: 'array', items: { $ref: '#/definitions/reportingDescriptor' } },
            { type: 'null' }
          ]
        }
      }
    },
    run: {
      type: 'object',
      required: ['tool'],
      properties: {
        tool: {
          type: 'object',
          required: ['driver'],
          properties: {
            driver: { $ref: '#/definitions/toolComponent' },
            extensions: {
              anyOf: [
                { type: 'array', items: { $ref: '#/definitions/toolComponent' } },
                { type: 'null' }
              ]
            }
          }
        },
        results: {
          anyOf: [{ type: 'array', items: { $ref: '#/definitions/result' } }, { type: 'null' }]
        },
        automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
        artifacts: {
          anyOf: [
            {
              type: 'array',
              items: {
                type: 'object',
                properties: { location: { $ref: '#/definitions/artifactLocation' } }
              }
            },
            { type: 'null' }
          ]
        },
        invocations: {
          anyOf: [
            {
              type: 'array',
              items: {
                type: 'object',
                properties: {
                  workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
                  startTimeUtc: { type: 'string' }
                }
              }
            },
            { type: 'null' }
          ]
        },
        originalUriBaseIds: {
          anyOf: [
            {
              type: 'object',
              additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
            },
            { type: 'null' }
          ]
        }
      }
    }
  }
}
const schema1 = {
  type: 'object',
  required: ['tool'],
  properties: {
    tool: {
      type: 'object',
      required: ['driver'],
      properties: {
        driver: { $ref: '#/definitions/toolComponent' },
        extensions: {
          anyOf: [
            { type: 'array', items: { $ref: '#/definitions/toolComponent' } },
            { type: 'null' }
          ]
        }
      }
    },
    results: {
      anyOf: [{ type: 'array', items: { $ref: '#/definitions/result' } }, { type: 'null' }]
    },
    automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
    artifacts: {
      anyOf: [
        {
          type: 'array',
          items: {
            type: 'object',
            properties: { location: { $ref: '#/definitions/artifactLocation' } }
          }
        },
        { type: 'null' }
      ]
    },
    invocations: {
      anyOf: [
        {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
              startTimeUtc: { type: 'string' }
            }
          }
        },
        { type: 'null' }
      ]
    },
    originalUriBaseIds: {
      anyOf: [
        {
          type: 'object',
          additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
        },
        { type: 'null' }
      ]
    }
  }
}
const schema2 = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    fullName: { type: 'string' },
    version: { type: 'string' },
    semanticVersion: { type: 'string' },
    guid: { type: 'string' },
    informationUri: { type: 'string' },
    rules: {
      anyOf: [
        { type: 'array', items: { $ref: '#/definitions/reportingDescriptor' } },
        { type: 'null' }
      ]
    }
  }
}
const func0 = ucs2length
const schema3 = {
  type: 'object',
  required: ['id'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string' },
    shortDescription: {
      type: 'object',
      properties: { text: { type: 'string' }, markdown: { type: 'string' } }
    },
    fullDescription: {
      type: 'object',
      properties: { text: { type: 'string' }, markdown: { type: 'string' } }
    },
    help: {
      type: 'object',
      properties: { text: { type: 'string' }, markdown: { type: 'string' } }
    },
    helpUri: { type: 'string' },
    defaultConfiguration: {
      type: 'object',
      properties: { level: { type: 'string' }, enabled: { type: 'boolean' } }
    },
    properties: {
      anyOf: [
        {
          type: 'object',
          properties: {
            tags: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
            'security-severity': {
              anyOf: [
                { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' },
                { type: 'number', minimum: 0, maximum: 10 }
              ]
            }
          }
        },
        { type: 'null' }
      ]
    }
  }
}
const pattern0 = new RegExp('^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$', 'u')
function validate3(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.id === undefined && (missing0 = 'id')) {
        validate3.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.id !== undefined) {
          let data0 = data.id
          const _errs1 = errors
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate3.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate3.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.name !== undefined) {
            const _errs3 = errors
            if (typeof data.name !== 'string') {
              validate3.errors = [
                {
                  instancePath: instancePath + '/name',
                  schemaPath: '#/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.shortDescription !== undefined) {
              let data2 = data.shortDescription
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.text !== undefined) {
                    const _errs7 = errors
                    if (typeof data2.text !== 'string') {
                      validate3.errors = [
                        {
                          instancePath: instancePath + '/shortDescription/text',
                          schemaPath: '#/properties/shortDescription/properties/text/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data2.markdown !== undefined) {
                      const _errs9 = errors
                      if (typeof data2.markdown !== 'string') {
                        validate3.errors = [
                          {
                            instancePath: instancePath + '/shortDescription/markdown',
                            schemaPath: '#/properties/shortDescription/properties/markdown/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                } else {
                  validate3.errors = [
                    {
                      instancePath: instancePath + '/shortDescription',
                      schemaPath: '#/properties/shortDescription/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.fullDescription !== undefined) {
                let data5 = data.fullDescription
                const _errs11 = errors
                if (errors === _errs11) {
                  if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
                    if (data5.text !== undefined) {
                      const _errs13 = errors
                      if (typeof data5.text !== 'string') {
                        validate3.errors = [
                          {
                            instancePath: instancePath + '/fullDescription/text',
                            schemaPath: '#/properties/fullDescription/properties/text/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
                          }
                        ]
                        return false
                      }
                      var valid2 = _errs13 === errors
                    } else {
                      var valid2 = true
                    }
                    if (valid2) {
                      if (data5.markdown !== undefined) {
                        const _errs15 = errors
                        if (typeof data5.markdown !== 'string') {
                          validate3.errors = [
                            {
                              instancePath: instancePath + '/fullDescription/markdown',
                              schemaPath: '#/properties/fullDescription/properties/markdown/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string'
                            }
                          ]
                          return false
                        }
                        var valid2 = _errs15 === errors
                      } else {
                        var valid2 = true
                      }
                    }
                  } else {
                    validate3.errors = [
                      {
                        instancePath: instancePath + '/fullDescription',
                        schemaPath: '#/properties/fullDescription/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object'
                      }
                    ]
                    return false
                  }
                }
                var valid0 = _errs11 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.help !== undefined) {
                  let data8 = data.help
                  const _errs17 = errors
                  if (errors === _errs17) {
                    if (data8 && typeof data8 == 'object' && !Array.isArray(data8)) {
                      if (data8.text !== undefined) {
                        const _errs19 = errors
                        if (typeof data8.text !== 'string') {
                          validate3.errors = [
                            {
                              instancePath: instancePath + '/help/text',
                              schemaPath: '#/properties/help/properties/text/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string'
                            }
                          ]
                          return false
                        }
                        var valid3 = _errs19 === errors
                      } else {
                        var valid3 = true
                      }
                      if (valid3) {
                        if (data8.markdown !== undefined) {
                          const _errs21 = errors
                          if (typeof data8.markdown !== 'string') {
                            validate3.errors = [
                              {
                                instancePath: instancePath + '/help/markdown',
                                schemaPath: '#/properties/help/properties/markdown/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string'
                              }
                            ]
                            return false
                          }
                          var valid3 = _errs21 === errors
                        } else {
                          var valid3 = true
                        }
                      }
                    } else {
                      validate3.errors = [
                        {
                          instancePath: instancePath + '/help',
                          schemaPath: '#/properties/help/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object'
                        }
                      ]
                      return false
                    }
                  }
                  var valid0 = _errs17 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.helpUri !== undefined) {
                    const _errs23 = errors
                    if (typeof data.helpUri !== 'string') {
                      validate3.errors = [
                        {
                          instancePath: instancePath + '/helpUri',
                          schemaPath: '#/properties/helpUri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid0 = _errs23 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.defaultConfiguration !== undefined) {
                      let data12 = data.defaultConfiguration
                      const _errs25 = errors
                      if (errors === _errs25) {
                        if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                          if (data12.level !== undefined) {
                            const _errs27 = errors
                            if (typeof data12.level !== 'string') {
                              validate3.errors = [
                                {
                                  instancePath: instancePath + '/defaultConfiguration/level',
                                  schemaPath:
                                    '#/properties/defaultConfiguration/properties/level/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string'
                                }
                              ]
                              return false
                            }
                            var valid4 = _errs27 === errors
                          } else {
                            var valid4 = true
                          }
                          if (valid4) {
                            if (data12.enabled !== undefined) {
                              const _errs29 = errors
                              if (typeof data12.enabled !== 'boolean') {
                                validate3.errors = [
                                  {
                                    instancePath: instancePath + '/defaultConfiguration/enabled',
                                    schemaPath:
                                      '#/properties/defaultConfiguration/properties/enabled/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean'
                                  }
                                ]
                                return false
                              }
                              var valid4 = _errs29 === errors
                            } else {
                              var valid4 = true
                            }
                          }
                        } else {
                          validate3.errors = [
                            {
                              instancePath: instancePath + '/defaultConfiguration',
                              schemaPath: '#/properties/defaultConfiguration/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object'
                            }
                          ]
                          return false
                        }
                      }
                      var valid0 = _errs25 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.properties !== undefined) {
                        let data15 = data.properties
                        const _errs31 = errors
                        const _errs32 = errors
                        let valid5 = false
                        const _errs33 = errors
                        if (errors === _errs33) {
                          if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                            if (data15.tags !== undefined) {
                              let data16 = data15.tags
                              const _errs35 = errors
                              const _errs36 = errors
                              let valid7 = false
                              const _errs37 = errors
                              if (errors === _errs37) {
                                if (Array.isArray(data16)) {
                                  var valid8 = true
                                  const len0 = data16.length
                                  for (let i0 = 0; i0 < len0; i0++) {
                                    const _errs39 = errors
                                    if (typeof data16[i0] !== 'string') {
                                      const err0 = {
                                        instancePath: instancePath + '/properties/tags/' + i0,
                                        schemaPath:
                                          '#/properties/properties/anyOf/0/properties/tags/anyOf/0/items/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err0]
                                      } else {
                                        vErrors.push(err0)
                                      }
                                      errors++
                                    }
                                    var valid8 = _errs39 === errors
                                    if (!valid8) {
                                      break
                                    }
                                  }
                                } else {
                                  const err1 = {
                                    instancePath: instancePath + '/properties/tags',
                                    schemaPath:
                                      '#/properties/properties/anyOf/0/properties/tags/anyOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err1]
                                  } else {
                                    vErrors.push(err1)
                                  }
                                  errors++
                                }
                              }
                              var _valid1 = _errs37 === errors
                              valid7 = valid7 || _valid1
                              if (!valid7) {
                                const _errs41 = errors
                                if (data16 !== null) {
                                  const err2 = {
                                    instancePath: instancePath + '/properties/tags',
                                    schemaPath:
                                      '#/properties/properties/anyOf/0/properties/tags/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err2]
                                  } else {
                                    vErrors.push(err2)
                                  }
                                  errors++
                                }
                                var _valid1 = _errs41 === errors
                                valid7 = valid7 || _valid1
                              }
                              if (!valid7) {
                                const err3 = {
                                  instancePath: instancePath + '/properties/tags',
                                  schemaPath:
                                    '#/properties/properties/anyOf/0/properties/tags/anyOf',
                                  keyword: 'anyOf',
                                  params: {},
                                  message: 'must match a schema in anyOf'
                                }
                                if (vErrors === null) {
                                  vErrors = [err3]
                                } else {
                                  vErrors.push(err3)
                                }
                                errors++
                              } else {
                                errors = _errs36
                                if (vErrors !== null) {
                                  if (_errs36) {
                                    vErrors.length = _errs36
                                  } else {
                                    vErrors = null
                                  }
                                }
                              }
                              var valid6 = _errs35 === errors
                            } else {
                              var valid6 = true
                            }
                            if (valid6) {
                              if (data15['security-severity'] !== undefined) {
                                let data18 = data15['security-severity']
                                const _errs43 = errors
                                const _errs44 = errors
                                let valid9 = false
                                const _errs45 = errors
                                if (errors === _errs45) {
                                  if (typeof data18 === 'string') {
                                    if (!pattern0.test(data18)) {
                                      const err4 = {
                                        instancePath:
                                          instancePath + '/properties/security-severity',
                                        schemaPath:
                                          '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' },
                                        message:
                                          'must match pattern "' +
                                          '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                          '"'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err4]
                                      } else {
                                        vErrors.push(err4)
                                      }
                                      errors++
                                    }
                                  } else {
                                    const err5 = {
                                      instancePath: instancePath + '/properties/security-severity',
                                      schemaPath:
                                        '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err5]
                                    } else {
                                      vErrors.push(err5)
                                    }
                                    errors++
                                  }
                                }
                                var _valid2 = _errs45 === errors
                                valid9 = valid9 || _valid2
                                if (!valid9) {
                                  const _errs47 = errors
                                  if (errors === _errs47) {
                                    if (typeof data18 == 'number') {
                                      if (data18 > 10 || isNaN(data18)) {
                                        const err6 = {
                                          instancePath:
                                            instancePath + '/properties/security-severity',
                                          schemaPath:
                                            '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/maximum',
                                          keyword: 'maximum',
                                          params: { comparison: '<=', limit: 10 },
                                          message: 'must be <= 10'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err6]
                                        } else {
                                          vErrors.push(err6)
                                        }
                                        errors++
                                      } else {
                                        if (data18 < 0 || isNaN(data18)) {
                                          const err7 = {
                                            instancePath:
                                              instancePath + '/properties/security-severity',
                                            schemaPath:
                                              '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/minimum',
                                            keyword: 'minimum',
                                            params: { comparison: '>=', limit: 0 },
                                            message: 'must be >= 0'
                                          }
                                          if (vErrors === null) {
                                            vErrors = [err7]
                                          } else {
                                            vErrors.push(err7)
                                          }
                                          errors++
                                        }
                                      }
                                    } else {
                                      const err8 = {
                                        instancePath:
                                          instancePath + '/properties/security-severity',
                                        schemaPath:
                                          '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/type',
                                        keyword: 'type',
                                        params: { type: 'number' },
                                        message: 'must be number'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err8]
                                      } else {
                                        vErrors.push(err8)
                                      }
                                      errors++
                                    }
                                  }
                                  var _valid2 = _errs47 === errors
                                  valid9 = valid9 || _valid2
                                }
                                if (!valid9) {
                                  const err9 = {
                                    instancePath: instancePath + '/properties/security-severity',
                                    schemaPath:
                                      '#/properties/properties/anyOf/0/properties/security-severity/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err9]
                                  } else {
                                    vErrors.push(err9)
                                  }
                                  errors++
                                } else {
                                  errors = _errs44
                                  if (vErrors !== null) {
                                    if (_errs44) {
                                      vErrors.length = _errs44
                                    } else {
                                      vErrors = null
                                    }
                                  }
                                }
                                var valid6 = _errs43 === errors
                              } else {
                                var valid6 = true
                              }
                            }
                          } else {
                            const err10 = {
                              instancePath: instancePath + '/properties',
                              schemaPath: '#/properties/properties/anyOf/0/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object'
                            }
                            if (vErrors === null) {
                              vErrors = [err10]
                            } else {
                              vErrors.push(err10)
                            }
                            errors++
                          }
                        }
                        var _valid0 = _errs33 === errors
                        valid5 = valid5 || _valid0
                        if (!valid5) {
                          const _errs49 = errors
                          if (data15 !== null) {
                            const err11 = {
                              instancePath: instancePath + '/properties',
                              schemaPath: '#/properties/properties/anyOf/1/type',
                              keyword: 'type',
                              params: { type: 'null' },
                              message: 'must be null'
                            }
                            if (vErrors === null) {
                              vErrors = [err11]
                            } else {
                              vErrors.push(err11)
                            }
                            errors++
                          }
                          var _valid0 = _errs49 === errors
                          valid5 = valid5 || _valid0
                        }
                        if (!valid5) {
                          const err12 = {
                            instancePath: instancePath + '/properties',
                            schemaPath: '#/properties/properties/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf'
                          }
                          if (vErrors === null) {
                            vErrors = [err12]
                          } else {
                            vErrors.push(err12)
                          }
                          errors++
                          validate3.errors = vErrors
                          return false
                        } else {
                          errors = _errs32
                          if (vErrors !== null) {
                            if (_errs32) {
                              vErrors.length = _errs32
                            } else {
                              vErrors = null
                            }
                          }
                        }
                        var valid0 = _errs31 === errors
                      } else {
                        var valid0 = true
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate3.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate3.errors = vErrors
  return errors === 0
}
function validate2(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.name === undefined && (missing0 = 'name')) {
        validate2.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.name !== undefined) {
          let data0 = data.name
          const _errs1 = errors
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate2.errors = [
                {
                  instancePath: instancePath + '/name',
                  schemaPath: '#/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.fullName !== undefined) {
            const _errs3 = errors
            if (typeof data.fullName !== 'string') {
              validate2.errors = [
                {
                  instancePath: instancePath + '/fullName',
                  schemaPath: '#/properties/fullName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.version !== undefined) {
              const _errs5 = errors
              if (typeof data.version !== 'string') {
                validate2.errors = [
                  {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                  }
                ]
                return false
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.semanticVersion !== undefined) {
                const _errs7 = errors
                if (typeof data.semanticVersion !== 'string') {
                  validate2.errors = [
                    {
                      instancePath: instancePath + '/semanticVersion',
                      schemaPath: '#/properties/semanticVersion/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string'
                    }
                  ]
                  return false
                }
                var valid0 = _errs7 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.guid !== undefined) {
                  const _errs9 = errors
                  if (typeof data.guid !== 'string') {
                    validate2.errors = [
                      {
                        instancePath: instancePath + '/guid',
                        schemaPath: '#/properties/guid/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs9 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.informationUri !== undefined) {
                    const _errs11 = errors
                    if (typeof data.informationUri !== 'string') {
                      validate2.errors = [
                        {
                          instancePath: instancePath + '/informationUri',
                          schemaPath: '#/properties/informationUri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid0 = _errs11 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.rules !== undefined) {
                      let data6 = data.rules
                      const _errs13 = errors
                      const _errs14 = errors
                      let valid1 = false
                      const _errs15 = errors
                      if (errors === _errs15) {
                        if (Array.isArray(data6)) {
                          var valid2 = true
                          const len0 = data6.length
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs17 = errors
                            if (
                              !validate3(data6[i0], {
                                instancePath: instancePath + '/rules/' + i0,
                                parentData: data6,
                                parentDataProperty: i0,
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate3.errors
                                  : vErrors.concat(validate3.errors)
                              errors = vErrors.length
                            }
                            var valid2 = _errs17 === errors
                            if (!valid2) {
                              break
                            }
                          }
                        } else {
                          const err0 = {
                            instancePath: instancePath + '/rules',
                            schemaPath: '#/properties/rules/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
                          }
                          if (vErrors === null) {
                            vErrors = [err0]
                          } else {
                            vErrors.push(err0)
                          }
                          errors++
                        }
                      }
                      var _valid0 = _errs15 === errors
                      valid1 = valid1 || _valid0
                      if (!valid1) {
                        const _errs18 = errors
                        if (data6 !== null) {
                          const err1 = {
                            instancePath: instancePath + '/rules',
                            schemaPath: '#/properties/rules/anyOf/1/type',
                            keyword: 'type',
                            params: { type: 'null' },
                            message: 'must be null'
                          }
                          if (vErrors === null) {
                            vErrors = [err1]
                          } else {
                            vErrors.push(err1)
                          }
                          errors++
                        }
                        var _valid0 = _errs18 === errors
                        valid1 = valid1 || _valid0
                      }
                      if (!valid1) {
                        const err2 = {
                          instancePath: instancePath + '/rules',
                          schemaPath: '#/properties/rules/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf'
                        }
                        if (vErrors === null) {
                          vErrors = [err2]
                        } else {
                          vErrors.push(err2)
                        }
                        errors++
                        validate2.errors = vErrors
                        return false
                      } else {
                        errors = _errs14
                        if (vErrors !== null) {
                          if (_errs14) {
                            vErrors.length = _errs14
                          } else {
                            vErrors = null
                          }
                        }
                      }
                      var valid0 = _errs13 === errors
                    } else {
                      var valid0 = true
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate2.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate2.errors = vErrors
  return errors === 0
}
const schema4 = {
  type: 'object',
  required: ['message'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    rule: { type: 'object', properties: { id: { type: 'string' }, index: { type: 'integer' } } },
    level: { type: 'string' },
    kind: { type: 'string' },
    message: { $ref: '#/definitions/message' },
    locations: {
      anyOf: [{ type: 'array', items: { $ref: '#/definitions/location' } }, { type: 'null' }]
    },
    relatedLocations: {
      anyOf: [{ type: 'array', items: { $ref: '#/definitions/location' } }, { type: 'null' }]
    },
    codeFlows: {
      anyOf: [
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['threadFlows'],
            properties: {
              threadFlows: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['locations'],
                  properties: {
                    locations: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { location: { $ref: '#/definitions/location' } }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        { type: 'null' }
      ]
    },
    stacks: {
      anyOf: [
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['frames'],
            properties: {
              frames: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { location: { $ref: '#/definitions/location' } }
                }
              }
            }
          }
        },
        { type: 'null' }
      ]
    },
    partialFingerprints: {
      anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }]
    },
    fingerprints: {
      anyOf: [{ type: 'object', additionalProperties: { type: 'string' } }, { type: 'null' }]
    },
    suppressions: { anyOf: [{ type: 'array', items: { type: 'object' } }, { type: 'null' }] },
    properties: {
      anyOf: [
        {
          type: 'object',
          properties: {
            tags: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
            'security-severity': {
              anyOf: [
                { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' },
                { type: 'number', minimum: 0, maximum: 10 }
              ]
            }
          }
        },
        { type: 'null' }
      ]
    }
  }
}
const schema5 = {
  type: 'object',
  properties: {
    text: { type: 'string' },
    markdown: { type: 'string' },
    id: { type: 'string' },
    arguments: { type: 'array', items: { type: 'string' } }
  },
  anyOf: [{ required: ['text'] }, { required: ['id'] }, { required: ['markdown'] }]
}
function validate8(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  const _errs1 = errors
  let valid0 = false
  const _errs2 = errors
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0
    if (data.text === undefined && (missing0 = 'text')) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: missing0 },
        message: "must have required property '" + missing0 + "'"
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
  }
  var _valid0 = _errs2 === errors
  valid0 = valid0 || _valid0
  if (!valid0) {
    const _errs3 = errors
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1
      if (data.id === undefined && (missing1 = 'id')) {
        const err1 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing1 },
          message: "must have required property '" + missing1 + "'"
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    var _valid0 = _errs3 === errors
    valid0 = valid0 || _valid0
    if (!valid0) {
      const _errs4 = errors
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        let missing2
        if (data.markdown === undefined && (missing2 = 'markdown')) {
          const err2 = {
            instancePath,
            schemaPath: '#/anyOf/2/required',
            keyword: 'required',
            params: { missingProperty: missing2 },
            message: "must have required property '" + missing2 + "'"
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
      }
      var _valid0 = _errs4 === errors
      valid0 = valid0 || _valid0
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf'
    }
    if (vErrors === null) {
      vErrors = [err3]
    } else {
      vErrors.push(err3)
    }
    errors++
    validate8.errors = vErrors
    return false
  } else {
    errors = _errs1
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1
      } else {
        vErrors = null
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.text !== undefined) {
        const _errs5 = errors
        if (typeof data.text !== 'string') {
          validate8.errors = [
            {
              instancePath: instancePath + '/text',
              schemaPath: '#/properties/text/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string'
            }
          ]
          return false
        }
        var valid1 = _errs5 === errors
      } else {
        var valid1 = true
      }
      if (valid1) {
        if (data.markdown !== undefined) {
          const _errs7 = errors
          if (typeof data.markdown !== 'string') {
            validate8.errors = [
              {
                instancePath: instancePath + '/markdown',
                schemaPath: '#/properties/markdown/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid1 = _errs7 === errors
        } else {
          var valid1 = true
        }
        if (valid1) {
          if (data.id !== undefined) {
            const _errs9 = errors
            if (typeof data.id !== 'string') {
              validate8.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid1 = _errs9 === errors
          } else {
            var valid1 = true
          }
          if (valid1) {
            if (data.arguments !== undefined) {
              let data3 = data.arguments
              const _errs11 = errors
              if (errors === _errs11) {
                if (Array.isArray(data3)) {
                  var valid2 = true
                  const len0 = data3.length
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs13 = errors
                    if (typeof data3[i0] !== 'string') {
                      validate8.errors = [
                        {
                          instancePath: instancePath + '/arguments/' + i0,
                          schemaPath: '#/properties/arguments/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid2 = _errs13 === errors
                    if (!valid2) {
                      break
                    }
                  }
                } else {
                  validate8.errors = [
                    {
                      instancePath: instancePath + '/arguments',
                      schemaPath: '#/properties/arguments/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array'
                    }
                  ]
                  return false
                }
              }
              var valid1 = _errs11 === errors
            } else {
              var valid1 = true
            }
          }
        }
      }
    } else {
      validate8.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate8.errors = vErrors
  return errors === 0
}
const schema6 = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: -1 },
    physicalLocation: {
      type: 'object',
      properties: {
        artifactLocation: { $ref: '#/definitions/artifactLocation' },
        region: { $ref: '#/definitions/region' },
        contextRegion: { $ref: '#/definitions/region' }
      }
    },
    message: { $ref: '#/definitions/message' }
  }
}
const schema7 = {
  type: 'object',
  properties: {
    uri: { type: 'string' },
    uriBaseId: { type: 'string' },
    index: { type: 'integer', minimum: -1 }
  }
}
function validate11(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.uri !== undefined) {
        const _errs1 = errors
        if (typeof data.uri !== 'string') {
          validate11.errors = [
            {
              instancePath: instancePath + '/uri',
              schemaPath: '#/properties/uri/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string'
            }
          ]
          return false
        }
        var valid0 = _errs1 === errors
      } else {
        var valid0 = true
      }
      if (valid0) {
        if (data.uriBaseId !== undefined) {
          const _errs3 = errors
          if (typeof data.uriBaseId !== 'string') {
            validate11.errors = [
              {
                instancePath: instancePath + '/uriBaseId',
                schemaPath: '#/properties/uriBaseId/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs3 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.index !== undefined) {
            let data2 = data.index
            const _errs5 = errors
            if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
              validate11.errors = [
                {
                  instancePath: instancePath + '/index',
                  schemaPath: '#/properties/index/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs5) {
              if (typeof data2 == 'number') {
                if (data2 < -1 || isNaN(data2)) {
                  validate11.errors = [
                    {
                      instancePath: instancePath + '/index',
                      schemaPath: '#/properties/index/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: -1 },
                      message: 'must be >= -1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs5 === errors
          } else {
            var valid0 = true
          }
        }
      }
    } else {
      validate11.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate11.errors = vErrors
  return errors === 0
}
const schema8 = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 0 },
    startColumn: { type: 'integer', minimum: 0 },
    endLine: { type: 'integer', minimum: 0 },
    endColumn: { type: 'integer', minimum: 0 },
    charOffset: { type: 'integer', minimum: -1 },
    byteOffset: { type: 'integer', minimum: -1 }
  }
}
function validate13(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.startLine !== undefined) {
        let data0 = data.startLine
        const _errs1 = errors
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate13.errors = [
            {
              instancePath: instancePath + '/startLine',
              schemaPath: '#/properties/startLine/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer'
            }
          ]
          return false
        }
        if (errors === _errs1) {
          if (typeof data0 == 'number') {
            if (data0 < 0 || isNaN(data0)) {
              validate13.errors = [
                {
                  instancePath: instancePath + '/startLine',
                  schemaPath: '#/properties/startLine/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 0 },
                  message: 'must be >= 0'
                }
              ]
              return false
            }
          }
        }
        var valid0 = _errs1 === errors
      } else {
        var valid0 = true
      }
      if (valid0) {
        if (data.startColumn !== undefined) {
          let data1 = data.startColumn
          const _errs3 = errors
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
            validate13.errors = [
              {
                instancePath: instancePath + '/startColumn',
                schemaPath: '#/properties/startColumn/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer'
              }
            ]
            return false
          }
          if (errors === _errs3) {
            if (typeof data1 == 'number') {
              if (data1 < 0 || isNaN(data1)) {
                validate13.errors = [
                  {
                    instancePath: instancePath + '/startColumn',
                    schemaPath: '#/properties/startColumn/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 0 },
                    message: 'must be >= 0'
                  }
                ]
                return false
              }
            }
          }
          var valid0 = _errs3 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.endLine !== undefined) {
            let data2 = data.endLine
            const _errs5 = errors
            if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
              validate13.errors = [
                {
                  instancePath: instancePath + '/endLine',
                  schemaPath: '#/properties/endLine/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs5) {
              if (typeof data2 == 'number') {
                if (data2 < 0 || isNaN(data2)) {
                  validate13.errors = [
                    {
                      instancePath: instancePath + '/endLine',
                      schemaPath: '#/properties/endLine/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 0 },
                      message: 'must be >= 0'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs5 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.endColumn !== undefined) {
              let data3 = data.endColumn
              const _errs7 = errors
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                validate13.errors = [
                  {
                    instancePath: instancePath + '/endColumn',
                    schemaPath: '#/properties/endColumn/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                  }
                ]
                return false
              }
              if (errors === _errs7) {
                if (typeof data3 == 'number') {
                  if (data3 < 0 || isNaN(data3)) {
                    validate13.errors = [
                      {
                        instancePath: instancePath + '/endColumn',
                        schemaPath: '#/properties/endColumn/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 0 },
                        message: 'must be >= 0'
                      }
                    ]
                    return false
                  }
                }
              }
              var valid0 = _errs7 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.charOffset !== undefined) {
                let data4 = data.charOffset
                const _errs9 = errors
                if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                  validate13.errors = [
                    {
                      instancePath: instancePath + '/charOffset',
                      schemaPath: '#/properties/charOffset/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer'
                    }
                  ]
                  return false
                }
                if (errors === _errs9) {
                  if (typeof data4 == 'number') {
                    if (data4 < -1 || isNaN(data4)) {
                      validate13.errors = [
                        {
                          instancePath: instancePath + '/charOffset',
                          schemaPath: '#/properties/charOffset/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: -1 },
                          message: 'must be >= -1'
                        }
                      ]
                      return false
                    }
                  }
                }
                var valid0 = _errs9 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.byteOffset !== undefined) {
                  let data5 = data.byteOffset
                  const _errs11 = errors
                  if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
                    validate13.errors = [
                      {
                        instancePath: instancePath + '/byteOffset',
                        schemaPath: '#/properties/byteOffset/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer'
                      }
                    ]
                    return false
                  }
                  if (errors === _errs11) {
                    if (typeof data5 == 'number') {
                      if (data5 < -1 || isNaN(data5)) {
                        validate13.errors = [
                          {
                            instancePath: instancePath + '/byteOffset',
                            schemaPath: '#/properties/byteOffset/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: -1 },
                            message: 'must be >= -1'
                          }
                        ]
                        return false
                      }
                    }
                  }
                  var valid0 = _errs11 === errors
                } else {
                  var valid0 = true
                }
              }
            }
          }
        }
      }
    } else {
      validate13.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate13.errors = vErrors
  return errors === 0
}
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.id !== undefined) {
        let data0 = data.id
        const _errs1 = errors
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate10.errors = [
            {
              instancePath: instancePath + '/id',
              schemaPath: '#/properties/id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer'
            }
          ]
          return false
        }
        if (errors === _errs1) {
          if (typeof data0 == 'number') {
            if (data0 < -1 || isNaN(data0)) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: -1 },
                  message: 'must be >= -1'
                }
              ]
              return false
            }
          }
        }
        var valid0 = _errs1 === errors
      } else {
        var valid0 = true
      }
      if (valid0) {
        if (data.physicalLocation !== undefined) {
          let data1 = data.physicalLocation
          const _errs3 = errors
          if (errors === _errs3) {
            if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
              if (data1.artifactLocation !== undefined) {
                const _errs5 = errors
                if (
                  !validate11(data1.artifactLocation, {
                    instancePath: instancePath + '/physicalLocation/artifactLocation',
                    parentData: data1,
                    parentDataProperty: 'artifactLocation',
                    rootData
                  })
                ) {
                  vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors)
                  errors = vErrors.length
                }
                var valid1 = _errs5 === errors
              } else {
                var valid1 = true
              }
              if (valid1) {
                if (data1.region !== undefined) {
                  const _errs6 = errors
                  if (
                    !validate13(data1.region, {
                      instancePath: instancePath + '/physicalLocation/region',
                      parentData: data1,
                      parentDataProperty: 'region',
                      rootData
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)
                    errors = vErrors.length
                  }
                  var valid1 = _errs6 === errors
                } else {
                  var valid1 = true
                }
                if (valid1) {
                  if (data1.contextRegion !== undefined) {
                    const _errs7 = errors
                    if (
                      !validate13(data1.contextRegion, {
                        instancePath: instancePath + '/physicalLocation/contextRegion',
                        parentData: data1,
                        parentDataProperty: 'contextRegion',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate13.errors : vErrors.concat(validate13.errors)
                      errors = vErrors.length
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                }
              }
            } else {
              validate10.errors = [
                {
                  instancePath: instancePath + '/physicalLocation',
                  schemaPath: '#/properties/physicalLocation/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object'
                }
              ]
              return false
            }
          }
          var valid0 = _errs3 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.message !== undefined) {
            const _errs8 = errors
            if (
              !validate8(data.message, {
                instancePath: instancePath + '/message',
                parentData: data,
                parentDataProperty: 'message',
                rootData
              })
            ) {
              vErrors = vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)
              errors = vErrors.length
            }
            var valid0 = _errs8 === errors
          } else {
            var valid0 = true
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate10.errors = vErrors
  return errors === 0
}
function validate7(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.message === undefined && (missing0 = 'message')) {
        validate7.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.ruleId !== undefined) {
          const _errs1 = errors
          if (typeof data.ruleId !== 'string') {
            validate7.errors = [
              {
                instancePath: instancePath + '/ruleId',
                schemaPath: '#/properties/ruleId/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.ruleIndex !== undefined) {
            let data1 = data.ruleIndex
            const _errs3 = errors
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
              validate7.errors = [
                {
                  instancePath: instancePath + '/ruleIndex',
                  schemaPath: '#/properties/ruleIndex/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number') {
                if (data1 < -1 || isNaN(data1)) {
                  validate7.errors = [
                    {
                      instancePath: instancePath + '/ruleIndex',
                      schemaPath: '#/properties/ruleIndex/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: -1 },
                      message: 'must be >= -1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.rule !== undefined) {
              let data2 = data.rule
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.id !== undefined) {
                    const _errs7 = errors
                    if (typeof data2.id !== 'string') {
                      validate7.errors = [
                        {
                          instancePath: instancePath + '/rule/id',
                          schemaPath: '#/properties/rule/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data2.index !== undefined) {
                      let data4 = data2.index
                      const _errs9 = errors
                      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                        validate7.errors = [
                          {
                            instancePath: instancePath + '/rule/index',
                            schemaPath: '#/properties/rule/properties/index/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                } else {
                  validate7.errors = [
                    {
                      instancePath: instancePath + '/rule',
                      schemaPath: '#/properties/rule/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.level !== undefined) {
                const _errs11 = errors
                if (typeof data.level !== 'string') {
                  validate7.errors = [
                    {
                      instancePath: instancePath + '/level',
                      schemaPath: '#/properties/level/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string'
                    }
                  ]
                  return false
                }
                var valid0 = _errs11 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.kind !== undefined) {
                  const _errs13 = errors
                  if (typeof data.kind !== 'string') {
                    validate7.errors = [
                      {
                        instancePath: instancePath + '/kind',
                        schemaPath: '#/properties/kind/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs13 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.message !== undefined) {
                    const _errs15 = errors
                    if (
                      !validate8(data.message, {
                        instancePath: instancePath + '/message',
                        parentData: data,
                        parentDataProperty: 'message',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)
                      errors = vErrors.length
                    }
                    var valid0 = _errs15 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.locations !== undefined) {
                      let data8 = data.locations
                      const _errs16 = errors
                      const _errs17 = errors
                      let valid2 = false
                      const _errs18 = errors
                      if (errors === _errs18) {
                        if (Array.isArray(data8)) {
                          var valid3 = true
                          const len0 = data8.length
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs20 = errors
                            if (
                              !validate10(data8[i0], {
                                instancePath: instancePath + '/locations/' + i0,
                                parentData: data8,
                                parentDataProperty: i0,
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate10.errors
                                  : vErrors.concat(validate10.errors)
                              errors = vErrors.length
                            }
                            var valid3 = _errs20 === errors
                            if (!valid3) {
                              break
                            }
                          }
                        } else {
                          const err0 = {
                            instancePath: instancePath + '/locations',
                            schemaPath: '#/properties/locations/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
                          }
                          if (vErrors === null) {
                            vErrors = [err0]
                          } else {
                            vErrors.push(err0)
                          }
                          errors++
                        }
                      }
                      var _valid0 = _errs18 === errors
                      valid2 = valid2 || _valid0
                      if (!valid2) {
                        const _errs21 = errors
                        if (data8 !== null) {
                          const err1 = {
                            instancePath: instancePath + '/locations',
                            schemaPath: '#/properties/locations/anyOf/1/type',
                            keyword: 'type',
                            params: { type: 'null' },
                            message: 'must be null'
                          }
                          if (vErrors === null) {
                            vErrors = [err1]
                          } else {
                            vErrors.push(err1)
                          }
                          errors++
                        }
                        var _valid0 = _errs21 === errors
                        valid2 = valid2 || _valid0
                      }
                      if (!valid2) {
                        const err2 = {
                          instancePath: instancePath + '/locations',
                          schemaPath: '#/properties/locations/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf'
                        }
                        if (vErrors === null) {
                          vErrors = [err2]
                        } else {
                          vErrors.push(err2)
                        }
                        errors++
                        validate7.errors = vErrors
                        return false
                      } else {
                        errors = _errs17
                        if (vErrors !== null) {
                          if (_errs17) {
                            vErrors.length = _errs17
                          } else {
                            vErrors = null
                          }
                        }
                      }
                      var valid0 = _errs16 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.relatedLocations !== undefined) {
                        let data10 = data.relatedLocations
                        const _errs23 = errors
                        const _errs24 = errors
                        let valid4 = false
                        const _errs25 = errors
                        if (errors === _errs25) {
                          if (Array.isArray(data10)) {
                            var valid5 = true
                            const len1 = data10.length
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs27 = errors
                              if (
                                !validate10(data10[i1], {
                                  instancePath: instancePath + '/relatedLocations/' + i1,
                                  parentData: data10,
                                  parentDataProperty: i1,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate10.errors
                                    : vErrors.concat(validate10.errors)
                                errors = vErrors.length
                              }
                              var valid5 = _errs27 === errors
                              if (!valid5) {
                                break
                              }
                            }
                          } else {
                            const err3 = {
                              instancePath: instancePath + '/relatedLocations',
                              schemaPath: '#/properties/relatedLocations/anyOf/0/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                            if (vErrors === null) {
                              vErrors = [err3]
                            } else {
                              vErrors.push(err3)
                            }
                            errors++
                          }
                        }
                        var _valid1 = _errs25 === errors
                        valid4 = valid4 || _valid1
                        if (!valid4) {
                          const _errs28 = errors
                          if (data10 !== null) {
                            const err4 = {
                              instancePath: instancePath + '/relatedLocations',
                              schemaPath: '#/properties/relatedLocations/anyOf/1/type',
                              keyword: 'type',
                              params: { type: 'null' },
                              message: 'must be null'
                            }
                            if (vErrors === null) {
                              vErrors = [err4]
                            } else {
                              vErrors.push(err4)
                            }
                            errors++
                          }
                          var _valid1 = _errs28 === errors
                          valid4 = valid4 || _valid1
                        }
                        if (!valid4) {
                          const err5 = {
                            instancePath: instancePath + '/relatedLocations',
                            schemaPath: '#/properties/relatedLocations/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf'
                          }
                          if (vErrors === null) {
                            vErrors = [err5]
                          } else {
                            vErrors.push(err5)
                          }
                          errors++
                          validate7.errors = vErrors
                          return false
                        } else {
                          errors = _errs24
                          if (vErrors !== null) {
                            if (_errs24) {
                              vErrors.length = _errs24
                            } else {
                              vErrors = null
                            }
                          }
                        }
                        var valid0 = _errs23 === errors
                      } else {
                        var valid0 = true
                      }
                      if (valid0) {
                        if (data.codeFlows !== undefined) {
                          let data12 = data.codeFlows
                          const _errs30 = errors
                          const _errs31 = errors
                          let valid6 = false
                          const _errs32 = errors
                          if (errors === _errs32) {
                            if (Array.isArray(data12)) {
                              var valid7 = true
                              const len2 = data12.length
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data13 = data12[i2]
                                const _errs34 = errors
                                if (errors === _errs34) {
                                  if (
                                    data13 &&
                                    typeof data13 == 'object' &&
                                    !Array.isArray(data13)
                                  ) {
                                    let missing1
                                    if (
                                      data13.threadFlows === undefined &&
                                      (missing1 = 'threadFlows')
                                    ) {
                                      const err6 = {
                                        instancePath: instancePath + '/codeFlows/' + i2,
                                        schemaPath: '#/properties/codeFlows/anyOf/0/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing1 },
                                        message: "must have required property '" + missing1 + "'"
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err6]
                                      } else {
                                        vErrors.push(err6)
                                      }
                                      errors++
                                    } else {
                                      if (data13.threadFlows !== undefined) {
                                        let data14 = data13.threadFlows
                                        const _errs36 = errors
                                        if (errors === _errs36) {
                                          if (Array.isArray(data14)) {
                                            var valid9 = true
                                            const len3 = data14.length
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data15 = data14[i3]
                                              const _errs38 = errors
                                              if (errors === _errs38) {
                                                if (
                                                  data15 &&
                                                  typeof data15 == 'object' &&
                                                  !Array.isArray(data15)
                                                ) {
                                                  let missing2
                                                  if (
                                                    data15.locations === undefined &&
                                                    (missing2 = 'locations')
                                                  ) {
                                                    const err7 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/codeFlows/' +
                                                        i2 +
                                                        '/threadFlows/' +
                                                        i3,
                                                      schemaPath:
                                                        '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/required',
                                                      keyword: 'required',
                                                      params: { missingProperty: missing2 },
                                                      message:
                                                        "must have required property '" +
                                                        missing2 +
                                                        "'"
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err7]
                                                    } else {
                                                      vErrors.push(err7)
                                                    }
                                                    errors++
                                                  } else {
                                                    if (data15.locations !== undefined) {
                                                      let data16 = data15.locations
                                                      const _errs40 = errors
                                                      if (errors === _errs40) {
                                                        if (Array.isArray(data16)) {
                                                          var valid11 = true
                                                          const len4 = data16.length
                                                          for (let i4 = 0; i4 < len4; i4++) {
                                                            let data17 = data16[i4]
                                                            const _errs42 = errors
                                                            if (errors === _errs42) {
                                                              if (
                                                                data17 &&
                                                                typeof data17 == 'object' &&
                                                                !Array.isArray(data17)
                                                              ) {
                                                                if (data17.location !== undefined) {
                                                                  if (
                                                                    !validate10(data17.location, {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/codeFlows/' +
                                                                        i2 +
                                                                        '/threadFlows/' +
                                                                        i3 +
                                                                        '/locations/' +
                                                                        i4 +
                                                                        '/location',
                                                                      parentData: data17,
                                                                      parentDataProperty:
                                                                        'location',
                                                                      rootData
                                                                    })
                                                                  ) {
                                                                    vErrors =
                                                                      vErrors === null
                                                                        ? validate10.errors
                                                                        : vErrors.concat(
                                                                            validate10.errors
                                                                          )
                                                                    errors = vErrors.length
                                                                  }
                                                                }
                                                              } else {
                                                                const err8 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/codeFlows/' +
                                                                    i2 +
                                                                    '/threadFlows/' +
                                                                    i3 +
                                                                    '/locations/' +
                                                                    i4,
                                                                  schemaPath:
                                                                    '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/properties/locations/items/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'object' },
                                                                  message: 'must be object'
                                                                }
                                                                if (vErrors === null) {
                                                                  vErrors = [err8]
                                                                } else {
                                                                  vErrors.push(err8)
                                                                }
                                                                errors++
                                                              }
                                                            }
                                                            var valid11 = _errs42 === errors
                                                            if (!valid11) {
                                                              break
                                                            }
                                                          }
                                                        } else {
                                                          const err9 = {
                                                            instancePath:
                                                              instancePath +
                                                              '/codeFlows/' +
                                                              i2 +
                                                              '/threadFlows/' +
                                                              i3 +
                                                              '/locations',
                                                            schemaPath:
                                                              '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/properties/locations/type',
                                                            keyword: 'type',
                                                            params: { type: 'array' },
                                                            message: 'must be array'
                                                          }
                                                          if (vErrors === null) {
                                                            vErrors = [err9]
                                                          } else {
                                                            vErrors.push(err9)
                                                          }
                                                          errors++
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  const err10 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/codeFlows/' +
                                                      i2 +
                                                      '/threadFlows/' +
                                                      i3,
                                                    schemaPath:
                                                      '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err10]
                                                  } else {
                                                    vErrors.push(err10)
                                                  }
                                                  errors++
                                                }
                                              }
                                              var valid9 = _errs38 === errors
                                              if (!valid9) {
                                                break
                                              }
                                            }
                                          } else {
                                            const err11 = {
                                              instancePath:
                                                instancePath + '/codeFlows/' + i2 + '/threadFlows',
                                              schemaPath:
                                                '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array'
                                            }
                                            if (vErrors === null) {
                                              vErrors = [err11]
                                            } else {
                                              vErrors.push(err11)
                                            }
                                            errors++
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err12 = {
                                      instancePath: instancePath + '/codeFlows/' + i2,
                                      schemaPath: '#/properties/codeFlows/anyOf/0/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err12]
                                    } else {
                                      vErrors.push(err12)
                                    }
                                    errors++
                                  }
                                }
                                var valid7 = _errs34 === errors
                                if (!valid7) {
                                  break
                                }
                              }
                            } else {
                              const err13 = {
                                instancePath: instancePath + '/codeFlows',
                                schemaPath: '#/properties/codeFlows/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array'
                              }
                              if (vErrors === null) {
                                vErrors = [err13]
                              } else {
                                vErrors.push(err13)
                              }
                              errors++
                            }
                          }
                          var _valid2 = _errs32 === errors
                          valid6 = valid6 || _valid2
                          if (!valid6) {
                            const _errs45 = errors
                            if (data12 !== null) {
                              const err14 = {
                                instancePath: instancePath + '/codeFlows',
                                schemaPath: '#/properties/codeFlows/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null'
                              }
                              if (vErrors === null) {
                                vErrors = [err14]
                              } else {
                                vErrors.push(err14)
                              }
                              errors++
                            }
                            var _valid2 = _errs45 === errors
                            valid6 = valid6 || _valid2
                          }
                          if (!valid6) {
                            const err15 = {
                              instancePath: instancePath + '/codeFlows',
                              schemaPath: '#/properties/codeFlows/anyOf',
                              keyword: 'anyOf',
                              params: {},
                              message: 'must match a schema in anyOf'
                            }
                            if (vErrors === null) {
                              vErrors = [err15]
                            } else {
                              vErrors.push(err15)
                            }
                            errors++
                            validate7.errors = vErrors
                            return false
                          } else {
                            errors = _errs31
                            if (vErrors !== null) {
                              if (_errs31) {
                                vErrors.length = _errs31
                              } else {
                                vErrors = null
                              }
                            }
                          }
                          var valid0 = _errs30 === errors
                        } else {
                          var valid0 = true
                        }
                        if (valid0) {
                          if (data.stacks !== undefined) {
                            let data19 = data.stacks
                            const _errs47 = errors
                            const _errs48 = errors
                            let valid13 = false
                            const _errs49 = errors
                            if (errors === _errs49) {
                              if (Array.isArray(data19)) {
                                var valid14 = true
                                const len5 = data19.length
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data20 = data19[i5]
                                  const _errs51 = errors
                                  if (errors === _errs51) {
                                    if (
                                      data20 &&
                                      typeof data20 == 'object' &&
                                      !Array.isArray(data20)
                                    ) {
                                      let missing3
                                      if (data20.frames === undefined && (missing3 = 'frames')) {
                                        const err16 = {
                                          instancePath: instancePath + '/stacks/' + i5,
                                          schemaPath: '#/properties/stacks/anyOf/0/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing3 },
                                          message: "must have required property '" + missing3 + "'"
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err16]
                                        } else {
                                          vErrors.push(err16)
                                        }
                                        errors++
                                      } else {
                                        if (data20.frames !== undefined) {
                                          let data21 = data20.frames
                                          const _errs53 = errors
                                          if (errors === _errs53) {
                                            if (Array.isArray(data21)) {
                                              var valid16 = true
                                              const len6 = data21.length
                                              for (let i6 = 0; i6 < len6; i6++) {
                                                let data22 = data21[i6]
                                                const _errs55 = errors
                                                if (errors === _errs55) {
                                                  if (
                                                    data22 &&
                                                    typeof data22 == 'object' &&
                                                    !Array.isArray(data22)
                                                  ) {
                                                    if (data22.location !== undefined) {
                                                      if (
                                                        !validate10(data22.location, {
                                                          instancePath:
                                                            instancePath +
                                                            '/stacks/' +
                                                            i5 +
                                                            '/frames/' +
                                                            i6 +
                                                            '/location',
                                                          parentData: data22,
                                                          parentDataProperty: 'location',
                                                          rootData
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate10.errors
                                                            : vErrors.concat(validate10.errors)
                                                        errors = vErrors.length
                                                      }
                                                    }
                                                  } else {
                                                    const err17 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/stacks/' +
                                                        i5 +
                                                        '/frames/' +
                                                        i6,
                                                      schemaPath:
                                                        '#/properties/stacks/anyOf/0/items/properties/frames/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object'
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err17]
                                                    } else {
                                                      vErrors.push(err17)
                                                    }
                                                    errors++
                                                  }
                                                }
                                                var valid16 = _errs55 === errors
                                                if (!valid16) {
                                                  break
                                                }
                                              }
                                            } else {
                                              const err18 = {
                                                instancePath:
                                                  instancePath + '/stacks/' + i5 + '/frames',
                                                schemaPath:
                                                  '#/properties/stacks/anyOf/0/items/properties/frames/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err18]
                                              } else {
                                                vErrors.push(err18)
                                              }
                                              errors++
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err19 = {
                                        instancePath: instancePath + '/stacks/' + i5,
                                        schemaPath: '#/properties/stacks/anyOf/0/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err19]
                                      } else {
                                        vErrors.push(err19)
                                      }
                                      errors++
                                    }
                                  }
                                  var valid14 = _errs51 === errors
                                  if (!valid14) {
                                    break
                                  }
                                }
                              } else {
                                const err20 = {
                                  instancePath: instancePath + '/stacks',
                                  schemaPath: '#/properties/stacks/anyOf/0/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array'
                                }
                                if (vErrors === null) {
                                  vErrors = [err20]
                                } else {
                                  vErrors.push(err20)
                                }
                                errors++
                              }
                            }
                            var _valid3 = _errs49 === errors
                            valid13 = valid13 || _valid3
                            if (!valid13) {
                              const _errs58 = errors
                              if (data19 !== null) {
                                const err21 = {
                                  instancePath: instancePath + '/stacks',
                                  schemaPath: '#/properties/stacks/anyOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null'
                                }
                                if (vErrors === null) {
                                  vErrors = [err21]
                                } else {
                                  vErrors.push(err21)
                                }
                                errors++
                              }
                              var _valid3 = _errs58 === errors
                              valid13 = valid13 || _valid3
                            }
                            if (!valid13) {
                              const err22 = {
                                instancePath: instancePath + '/stacks',
                                schemaPath: '#/properties/stacks/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf'
                              }
                              if (vErrors === null) {
                                vErrors = [err22]
                              } else {
                                vErrors.push(err22)
                              }
                              errors++
                              validate7.errors = vErrors
                              return false
                            } else {
                              errors = _errs48
                              if (vErrors !== null) {
                                if (_errs48) {
                                  vErrors.length = _errs48
                                } else {
                                  vErrors = null
                                }
                              }
                            }
                            var valid0 = _errs47 === errors
                          } else {
                            var valid0 = true
                          }
                          if (valid0) {
                            if (data.partialFingerprints !== undefined) {
                              let data24 = data.partialFingerprints
                              const _errs60 = errors
                              const _errs61 = errors
                              let valid18 = false
                              const _errs62 = errors
                              if (errors === _errs62) {
                                if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                  for (const key0 in data24) {
                                    const _errs65 = errors
                                    if (typeof data24[key0] !== 'string') {
                                      const err23 = {
                                        instancePath:
                                          instancePath +
                                          '/partialFingerprints/' +
                                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath:
                                          '#/properties/partialFingerprints/anyOf/0/additionalProperties/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err23]
                                      } else {
                                        vErrors.push(err23)
                                      }
                                      errors++
                                    }
                                    var valid19 = _errs65 === errors
                                    if (!valid19) {
                                      break
                                    }
                                  }
                                } else {
                                  const err24 = {
                                    instancePath: instancePath + '/partialFingerprints',
                                    schemaPath: '#/properties/partialFingerprints/anyOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err24]
                                  } else {
                                    vErrors.push(err24)
                                  }
                                  errors++
                                }
                              }
                              var _valid4 = _errs62 === errors
                              valid18 = valid18 || _valid4
                              if (!valid18) {
                                const _errs67 = errors
                                if (data24 !== null) {
                                  const err25 = {
                                    instancePath: instancePath + '/partialFingerprints',
                                    schemaPath: '#/properties/partialFingerprints/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err25]
                                  } else {
                                    vErrors.push(err25)
                                  }
                                  errors++
                                }
                                var _valid4 = _errs67 === errors
                                valid18 = valid18 || _valid4
                              }
                              if (!valid18) {
                                const err26 = {
                                  instancePath: instancePath + '/partialFingerprints',
                                  schemaPath: '#/properties/partialFingerprints/anyOf',
                                  keyword: 'anyOf',
                                  params: {},
                                  message: 'must match a schema in anyOf'
                                }
                                if (vErrors === null) {
                                  vErrors = [err26]
                                } else {
                                  vErrors.push(err26)
                                }
                                errors++
                                validate7.errors = vErrors
                                return false
                              } else {
                                errors = _errs61
                                if (vErrors !== null) {
                                  if (_errs61) {
                                    vErrors.length = _errs61
                                  } else {
                                    vErrors = null
                                  }
                                }
                              }
                              var valid0 = _errs60 === errors
                            } else {
                              var valid0 = true
                            }
                            if (valid0) {
                              if (data.fingerprints !== undefined) {
                                let data26 = data.fingerprints
                                const _errs69 = errors
                                const _errs70 = errors
                                let valid20 = false
                                const _errs71 = errors
                                if (errors === _errs71) {
                                  if (
                                    data26 &&
                                    typeof data26 == 'object' &&
                                    !Array.isArray(data26)
                                  ) {
                                    for (const key1 in data26) {
                                      const _errs74 = errors
                                      if (typeof data26[key1] !== 'string') {
                                        const err27 = {
                                          instancePath:
                                            instancePath +
                                            '/fingerprints/' +
                                            key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                                          schemaPath:
                                            '#/properties/fingerprints/anyOf/0/additionalProperties/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err27]
                                        } else {
                                          vErrors.push(err27)
                                        }
                                        errors++
                                      }
                                      var valid21 = _errs74 === errors
                                      if (!valid21) {
                                        break
                                      }
                                    }
                                  } else {
                                    const err28 = {
                                      instancePath: instancePath + '/fingerprints',
                                      schemaPath: '#/properties/fingerprints/anyOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err28]
                                    } else {
                                      vErrors.push(err28)
                                    }
                                    errors++
                                  }
                                }
                                var _valid5 = _errs71 === errors
                                valid20 = valid20 || _valid5
                                if (!valid20) {
                                  const _errs76 = errors
                                  if (data26 !== null) {
                                    const err29 = {
                                      instancePath: instancePath + '/fingerprints',
                                      schemaPath: '#/properties/fingerprints/anyOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'null' },
                                      message: 'must be null'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err29]
                                    } else {
                                      vErrors.push(err29)
                                    }
                                    errors++
                                  }
                                  var _valid5 = _errs76 === errors
                                  valid20 = valid20 || _valid5
                                }
                                if (!valid20) {
                                  const err30 = {
                                    instancePath: instancePath + '/fingerprints',
                                    schemaPath: '#/properties/fingerprints/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err30]
                                  } else {
                                    vErrors.push(err30)
                                  }
                                  errors++
                                  validate7.errors = vErrors
                                  return false
                                } else {
                                  errors = _errs70
                                  if (vErrors !== null) {
                                    if (_errs70) {
                                      vErrors.length = _errs70
                                    } else {
                                      vErrors = null
                                    }
                                  }
                                }
                                var valid0 = _errs69 === errors
                              } else {
                                var valid0 = true
                              }
                              if (valid0) {
                                if (data.suppressions !== undefined) {
                                  let data28 = data.suppressions
                                  const _errs78 = errors
                                  const _errs79 = errors
                                  let valid22 = false
                                  const _errs80 = errors
                                  if (errors === _errs80) {
                                    if (Array.isArray(data28)) {
                                      var valid23 = true
                                      const len7 = data28.length
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        let data29 = data28[i7]
                                        const _errs82 = errors
                                        if (!(
                                          data29 &&
                                          typeof data29 == 'object' &&
                                          !Array.isArray(data29)
                                        )) {
                                          const err31 = {
                                            instancePath: instancePath + '/suppressions/' + i7,
                                            schemaPath:
                                              '#/properties/suppressions/anyOf/0/items/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object'
                                          }
                                          if (vErrors === null) {
                                            vErrors = [err31]
                                          } else {
                                            vErrors.push(err31)
                                          }
                                          errors++
                                        }
                                        var valid23 = _errs82 === errors
                                        if (!valid23) {
                                          break
                                        }
                                      }
                                    } else {
                                      const err32 = {
                                        instancePath: instancePath + '/suppressions',
                                        schemaPath: '#/properties/suppressions/anyOf/0/type',
                                        keyword: 'type',
                                        params: { type: 'array' },
                                        message: 'must be array'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err32]
                                      } else {
                                        vErrors.push(err32)
                                      }
                                      errors++
                                    }
                                  }
                                  var _valid6 = _errs80 === errors
                                  valid22 = valid22 || _valid6
                                  if (!valid22) {
                                    const _errs84 = errors
                                    if (data28 !== null) {
                                      const err33 = {
                                        instancePath: instancePath + '/suppressions',
                                        schemaPath: '#/properties/suppressions/anyOf/1/type',
                                        keyword: 'type',
                                        params: { type: 'null' },
                                        message: 'must be null'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err33]
                                      } else {
                                        vErrors.push(err33)
                                      }
                                      errors++
                                    }
                                    var _valid6 = _errs84 === errors
                                    valid22 = valid22 || _valid6
                                  }
                                  if (!valid22) {
                                    const err34 = {
                                      instancePath: instancePath + '/suppressions',
                                      schemaPath: '#/properties/suppressions/anyOf',
                                      keyword: 'anyOf',
                                      params: {},
                                      message: 'must match a schema in anyOf'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err34]
                                    } else {
                                      vErrors.push(err34)
                                    }
                                    errors++
                                    validate7.errors = vErrors
                                    return false
                                  } else {
                                    errors = _errs79
                                    if (vErrors !== null) {
                                      if (_errs79) {
                                        vErrors.length = _errs79
                                      } else {
                                        vErrors = null
                                      }
                                    }
                                  }
                                  var valid0 = _errs78 === errors
                                } else {
                                  var valid0 = true
                                }
                                if (valid0) {
                                  if (data.properties !== undefined) {
                                    let data30 = data.properties
                                    const _errs86 = errors
                                    const _errs87 = errors
                                    let valid24 = false
                                    const _errs88 = errors
                                    if (errors === _errs88) {
                                      if (
                                        data30 &&
                                        typeof data30 == 'object' &&
                                        !Array.isArray(data30)
                                      ) {
                                        if (data30.tags !== undefined) {
                                          let data31 = data30.tags
                                          const _errs90 = errors
                                          const _errs91 = errors
                                          let valid26 = false
                                          const _errs92 = errors
                                          if (errors === _errs92) {
                                            if (Array.isArray(data31)) {
                                              var valid27 = true
                                              const len8 = data31.length
                                              for (let i8 = 0; i8 < len8; i8++) {
                                                const _errs94 = errors
                                                if (typeof data31[i8] !== 'string') {
                                                  const err35 = {
                                                    instancePath:
                                                      instancePath + '/properties/tags/' + i8,
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/tags/anyOf/0/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err35]
                                                  } else {
                                                    vErrors.push(err35)
                                                  }
                                                  errors++
                                                }
                                                var valid27 = _errs94 === errors
                                                if (!valid27) {
                                                  break
                                                }
                                              }
                                            } else {
                                              const err36 = {
                                                instancePath: instancePath + '/properties/tags',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/tags/anyOf/0/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err36]
                                              } else {
                                                vErrors.push(err36)
                                              }
                                              errors++
                                            }
                                          }
                                          var _valid8 = _errs92 === errors
                                          valid26 = valid26 || _valid8
                                          if (!valid26) {
                                            const _errs96 = errors
                                            if (data31 !== null) {
                                              const err37 = {
                                                instancePath: instancePath + '/properties/tags',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/tags/anyOf/1/type',
                                                keyword: 'type',
                                                params: { type: 'null' },
                                                message: 'must be null'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err37]
                                              } else {
                                                vErrors.push(err37)
                                              }
                                              errors++
                                            }
                                            var _valid8 = _errs96 === errors
                                            valid26 = valid26 || _valid8
                                          }
                                          if (!valid26) {
                                            const err38 = {
                                              instancePath: instancePath + '/properties/tags',
                                              schemaPath:
                                                '#/properties/properties/anyOf/0/properties/tags/anyOf',
                                              keyword: 'anyOf',
                                              params: {},
                                              message: 'must match a schema in anyOf'
                                            }
                                            if (vErrors === null) {
                                              vErrors = [err38]
                                            } else {
                                              vErrors.push(err38)
                                            }
                                            errors++
                                          } else {
                                            errors = _errs91
                                            if (vErrors !== null) {
                                              if (_errs91) {
                                                vErrors.length = _errs91
                                              } else {
                                                vErrors = null
                                              }
                                            }
                                          }
                                          var valid25 = _errs90 === errors
                                        } else {
                                          var valid25 = true
                                        }
                                        if (valid25) {
                                          if (data30['security-severity'] !== undefined) {
                                            let data33 = data30['security-severity']
                                            const _errs98 = errors
                                            const _errs99 = errors
                                            let valid28 = false
                                            const _errs100 = errors
                                            if (errors === _errs100) {
                                              if (typeof data33 === 'string') {
                                                if (!pattern0.test(data33)) {
                                                  const err39 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/pattern',
                                                    keyword: 'pattern',
                                                    params: {
                                                      pattern:
                                                        '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'
                                                    },
                                                    message:
                                                      'must match pattern "' +
                                                      '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                                      '"'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err39]
                                                  } else {
                                                    vErrors.push(err39)
                                                  }
                                                  errors++
                                                }
                                              } else {
                                                const err40 = {
                                                  instancePath:
                                                    instancePath + '/properties/security-severity',
                                                  schemaPath:
                                                    '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string'
                                                }
                                                if (vErrors === null) {
                                                  vErrors = [err40]
                                                } else {
                                                  vErrors.push(err40)
                                                }
                                                errors++
                                              }
                                            }
                                            var _valid9 = _errs100 === errors
                                            valid28 = valid28 || _valid9
                                            if (!valid28) {
                                              const _errs102 = errors
                                              if (errors === _errs102) {
                                                if (typeof data33 == 'number') {
                                                  if (data33 > 10 || isNaN(data33)) {
                                                    const err41 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/properties/security-severity',
                                                      schemaPath:
                                                        '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/maximum',
                                                      keyword: 'maximum',
                                                      params: { comparison: '<=', limit: 10 },
                                                      message: 'must be <= 10'
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err41]
                                                    } else {
                                                      vErrors.push(err41)
                                                    }
                                                    errors++
                                                  } else {
                                                    if (data33 < 0 || isNaN(data33)) {
                                                      const err42 = {
                                                        instancePath:
                                                          instancePath +
                                                          '/properties/security-severity',
                                                        schemaPath:
                                                          '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0'
                                                      }
                                                      if (vErrors === null) {
                                                        vErrors = [err42]
                                                      } else {
                                                        vErrors.push(err42)
                                                      }
                                                      errors++
                                                    }
                                                  }
                                                } else {
                                                  const err43 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/type',
                                                    keyword: 'type',
                                                    params: { type: 'number' },
                                                    message: 'must be number'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err43]
                                                  } else {
                                                    vErrors.push(err43)
                                                  }
                                                  errors++
                                                }
                                              }
                                              var _valid9 = _errs102 === errors
                                              valid28 = valid28 || _valid9
                                            }
                                            if (!valid28) {
                                              const err44 = {
                                                instancePath:
                                                  instancePath + '/properties/security-severity',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/security-severity/anyOf',
                                                keyword: 'anyOf',
                                                params: {},
                                                message: 'must match a schema in anyOf'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err44]
                                              } else {
                                                vErrors.push(err44)
                                              }
                                              errors++
                                            } else {
                                              errors = _errs99
                                              if (vErrors !== null) {
                                                if (_errs99) {
                                                  vErrors.length = _errs99
                                                } else {
                                                  vErrors = null
                                                }
                                              }
                                            }
                                            var valid25 = _errs98 === errors
                                          } else {
                                            var valid25 = true
                                          }
                                        }
                                      } else {
                                        const err45 = {
                                          instancePath: instancePath + '/properties',
                                          schemaPath: '#/properties/properties/anyOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err45]
                                        } else {
                                          vErrors.push(err45)
                                        }
                                        errors++
                                      }
                                    }
                                    var _valid7 = _errs88 === errors
                                    valid24 = valid24 || _valid7
                                    if (!valid24) {
                                      const _errs104 = errors
                                      if (data30 !== null) {
                                        const err46 = {
                                          instancePath: instancePath + '/properties',
                                          schemaPath: '#/properties/properties/anyOf/1/type',
                                          keyword: 'type',
                                          params: { type: 'null' },
                                          message: 'must be null'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err46]
                                        } else {
                                          vErrors.push(err46)
                                        }
                                        errors++
                                      }
                                      var _valid7 = _errs104 === errors
                                      valid24 = valid24 || _valid7
                                    }
                                    if (!valid24) {
                                      const err47 = {
                                        instancePath: instancePath + '/properties',
                                        schemaPath: '#/properties/properties/anyOf',
                                        keyword: 'anyOf',
                                        params: {},
                                        message: 'must match a schema in anyOf'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err47]
                                      } else {
                                        vErrors.push(err47)
                                      }
                                      errors++
                                      validate7.errors = vErrors
                                      return false
                                    } else {
                                      errors = _errs87
                                      if (vErrors !== null) {
                                        if (_errs87) {
                                          vErrors.length = _errs87
                                        } else {
                                          vErrors = null
                                        }
                                      }
                                    }
                                    var valid0 = _errs86 === errors
                                  } else {
                                    var valid0 = true
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate7.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate7.errors = vErrors
  return errors === 0
}
function validate1(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.tool === undefined && (missing0 = 'tool')) {
        validate1.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.tool !== undefined) {
          let data0 = data.tool
          const _errs1 = errors
          if (errors === _errs1) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1
              if (data0.driver === undefined && (missing1 = 'driver')) {
                validate1.errors = [
                  {
                    instancePath: instancePath + '/tool',
                    schemaPath: '#/properties/tool/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'"
                  }
                ]
                return false
              } else {
                if (data0.driver !== undefined) {
                  const _errs3 = errors
                  if (
                    !validate2(data0.driver, {
                      instancePath: instancePath + '/tool/driver',
                      parentData: data0,
                      parentDataProperty: 'driver',
                      rootData
                    })
                  ) {
                    vErrors = vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)
                    errors = vErrors.length
                  }
                  var valid1 = _errs3 === errors
                } else {
                  var valid1 = true
                }
                if (valid1) {
                  if (data0.extensions !== undefined) {
                    let data2 = data0.extensions
                    const _errs4 = errors
                    const _errs5 = errors
                    let valid2 = false
                    const _errs6 = errors
                    if (errors === _errs6) {
                      if (Array.isArray(data2)) {
                        var valid3 = true
                        const len0 = data2.length
                        for (let i0 = 0; i0 < len0; i0++) {
                          const _errs8 = errors
                          if (
                            !validate2(data2[i0], {
                              instancePath: instancePath + '/tool/extensions/' + i0,
                              parentData: data2,
                              parentDataProperty: i0,
                              rootData
                            })
                          ) {
                            vErrors =
                              vErrors === null ? validate2.errors : vErrors.concat(validate2.errors)
                            errors = vErrors.length
                          }
                          var valid3 = _errs8 === errors
                          if (!valid3) {
                            break
                          }
                        }
                      } else {
                        const err0 = {
                          instancePath: instancePath + '/tool/extensions',
                          schemaPath: '#/properties/tool/properties/extensions/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array'
                        }
                        if (vErrors === null) {
                          vErrors = [err0]
                        } else {
                          vErrors.push(err0)
                        }
                        errors++
                      }
                    }
                    var _valid0 = _errs6 === errors
                    valid2 = valid2 || _valid0
                    if (!valid2) {
                      const _errs9 = errors
                      if (data2 !== null) {
                        const err1 = {
                          instancePath: instancePath + '/tool/extensions',
                          schemaPath: '#/properties/tool/properties/extensions/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null'
                        }
                        if (vErrors === null) {
                          vErrors = [err1]
                        } else {
                          vErrors.push(err1)
                        }
                        errors++
                      }
                      var _valid0 = _errs9 === errors
                      valid2 = valid2 || _valid0
                    }
                    if (!valid2) {
                      const err2 = {
                        instancePath: instancePath + '/tool/extensions',
                        schemaPath: '#/properties/tool/properties/extensions/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf'
                      }
                      if (vErrors === null) {
                        vErrors = [err2]
                      } else {
                        vErrors.push(err2)
                      }
                      errors++
                      validate1.errors = vErrors
                      return false
                    } else {
                      errors = _errs5
                      if (vErrors !== null) {
                        if (_errs5) {
                          vErrors.length = _errs5
                        } else {
                          vErrors = null
                        }
                      }
                    }
                    var valid1 = _errs4 === errors
                  } else {
                    var valid1 = true
                  }
                }
              }
            } else {
              validate1.errors = [
                {
                  instancePath: instancePath + '/tool',
                  schemaPath: '#/properties/tool/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.results !== undefined) {
            let data4 = data.results
            const _errs11 = errors
            const _errs12 = errors
            let valid4 = false
            const _errs13 = errors
            if (errors === _errs13) {
              if (Array.isArray(data4)) {
                var valid5 = true
                const len1 = data4.length
                for (let i1 = 0; i1 < len1; i1++) {
                  const _errs15 = errors
                  if (
                    !validate7(data4[i1], {
                      instancePath: instancePath + '/results/' + i1,
                      parentData: data4,
                      parentDataProperty: i1,
                      rootData
                    })
                  ) {
                    vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors)
                    errors = vErrors.length
                  }
                  var valid5 = _errs15 === errors
                  if (!valid5) {
                    break
                  }
                }
              } else {
                const err3 = {
                  instancePath: instancePath + '/results',
                  schemaPath: '#/properties/results/anyOf/0/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array'
                }
                if (vErrors === null) {
                  vErrors = [err3]
                } else {
                  vErrors.push(err3)
                }
                errors++
              }
            }
            var _valid1 = _errs13 === errors
            valid4 = valid4 || _valid1
            if (!valid4) {
              const _errs16 = errors
              if (data4 !== null) {
                const err4 = {
                  instancePath: instancePath + '/results',
                  schemaPath: '#/properties/results/anyOf/1/type',
                  keyword: 'type',
                  params: { type: 'null' },
                  message: 'must be null'
                }
                if (vErrors === null) {
                  vErrors = [err4]
                } else {
                  vErrors.push(err4)
                }
                errors++
              }
              var _valid1 = _errs16 === errors
              valid4 = valid4 || _valid1
            }
            if (!valid4) {
              const err5 = {
                instancePath: instancePath + '/results',
                schemaPath: '#/properties/results/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf'
              }
              if (vErrors === null) {
                vErrors = [err5]
              } else {
                vErrors.push(err5)
              }
              errors++
              validate1.errors = vErrors
              return false
            } else {
              errors = _errs12
              if (vErrors !== null) {
                if (_errs12) {
                  vErrors.length = _errs12
                } else {
                  vErrors = null
                }
              }
            }
            var valid0 = _errs11 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.automationDetails !== undefined) {
              let data6 = data.automationDetails
              const _errs18 = errors
              if (errors === _errs18) {
                if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                  if (data6.id !== undefined) {
                    if (typeof data6.id !== 'string') {
                      validate1.errors = [
                        {
                          instancePath: instancePath + '/automationDetails/id',
                          schemaPath: '#/properties/automationDetails/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                  }
                } else {
                  validate1.errors = [
                    {
                      instancePath: instancePath + '/automationDetails',
                      schemaPath: '#/properties/automationDetails/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs18 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.artifacts !== undefined) {
                let data8 = data.artifacts
                const _errs22 = errors
                const _errs23 = errors
                let valid7 = false
                const _errs24 = errors
                if (errors === _errs24) {
                  if (Array.isArray(data8)) {
                    var valid8 = true
                    const len2 = data8.length
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data9 = data8[i2]
                      const _errs26 = errors
                      if (errors === _errs26) {
                        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                          if (data9.location !== undefined) {
                            if (
                              !validate11(data9.location, {
                                instancePath: instancePath + '/artifacts/' + i2 + '/location',
                                parentData: data9,
                                parentDataProperty: 'location',
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate11.errors
                                  : vErrors.concat(validate11.errors)
                              errors = vErrors.length
                            }
                          }
                        } else {
                          const err6 = {
                            instancePath: instancePath + '/artifacts/' + i2,
                            schemaPath: '#/properties/artifacts/anyOf/0/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
                          }
                          if (vErrors === null) {
                            vErrors = [err6]
                          } else {
                            vErrors.push(err6)
                          }
                          errors++
                        }
                      }
                      var valid8 = _errs26 === errors
                      if (!valid8) {
                        break
                      }
                    }
                  } else {
                    const err7 = {
                      instancePath: instancePath + '/artifacts',
                      schemaPath: '#/properties/artifacts/anyOf/0/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array'
                    }
                    if (vErrors === null) {
                      vErrors = [err7]
                    } else {
                      vErrors.push(err7)
                    }
                    errors++
                  }
                }
                var _valid2 = _errs24 === errors
                valid7 = valid7 || _valid2
                if (!valid7) {
                  const _errs29 = errors
                  if (data8 !== null) {
                    const err8 = {
                      instancePath: instancePath + '/artifacts',
                      schemaPath: '#/properties/artifacts/anyOf/1/type',
                      keyword: 'type',
                      params: { type: 'null' },
                      message: 'must be null'
                    }
                    if (vErrors === null) {
                      vErrors = [err8]
                    } else {
                      vErrors.push(err8)
                    }
                    errors++
                  }
                  var _valid2 = _errs29 === errors
                  valid7 = valid7 || _valid2
                }
                if (!valid7) {
                  const err9 = {
                    instancePath: instancePath + '/artifacts',
                    schemaPath: '#/properties/artifacts/anyOf',
                    keyword: 'anyOf',
                    params: {},
                    message: 'must match a schema in anyOf'
                  }
                  if (vErrors === null) {
                    vErrors = [err9]
                  } else {
                    vErrors.push(err9)
                  }
                  errors++
                  validate1.errors = vErrors
                  return false
                } else {
                  errors = _errs23
                  if (vErrors !== null) {
                    if (_errs23) {
                      vErrors.length = _errs23
                    } else {
                      vErrors = null
                    }
                  }
                }
                var valid0 = _errs22 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.invocations !== undefined) {
                  let data11 = data.invocations
                  const _errs31 = errors
                  const _errs32 = errors
                  let valid10 = false
                  const _errs33 = errors
                  if (errors === _errs33) {
                    if (Array.isArray(data11)) {
                      var valid11 = true
                      const len3 = data11.length
                      for (let i3 = 0; i3 < len3; i3++) {
                        let data12 = data11[i3]
                        const _errs35 = errors
                        if (errors === _errs35) {
                          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                            if (data12.workingDirectory !== undefined) {
                              let data13 = data12.workingDirectory
                              const _errs37 = errors
                              if (errors === _errs37) {
                                if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                                  if (data13.uri !== undefined) {
                                    if (typeof data13.uri !== 'string') {
                                      const err10 = {
                                        instancePath:
                                          instancePath +
                                          '/invocations/' +
                                          i3 +
                                          '/workingDirectory/uri',
                                        schemaPath:
                                          '#/properties/invocations/anyOf/0/items/properties/workingDirectory/properties/uri/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err10]
                                      } else {
                                        vErrors.push(err10)
                                      }
                                      errors++
                                    }
                                  }
                                } else {
                                  const err11 = {
                                    instancePath:
                                      instancePath + '/invocations/' + i3 + '/workingDirectory',
                                    schemaPath:
                                      '#/properties/invocations/anyOf/0/items/properties/workingDirectory/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err11]
                                  } else {
                                    vErrors.push(err11)
                                  }
                                  errors++
                                }
                              }
                              var valid12 = _errs37 === errors
                            } else {
                              var valid12 = true
                            }
                            if (valid12) {
                              if (data12.startTimeUtc !== undefined) {
                                const _errs41 = errors
                                if (typeof data12.startTimeUtc !== 'string') {
                                  const err12 = {
                                    instancePath:
                                      instancePath + '/invocations/' + i3 + '/startTimeUtc',
                                    schemaPath:
                                      '#/properties/invocations/anyOf/0/items/properties/startTimeUtc/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err12]
                                  } else {
                                    vErrors.push(err12)
                                  }
                                  errors++
                                }
                                var valid12 = _errs41 === errors
                              } else {
                                var valid12 = true
                              }
                            }
                          } else {
                            const err13 = {
                              instancePath: instancePath + '/invocations/' + i3,
                              schemaPath: '#/properties/invocations/anyOf/0/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object'
                            }
                            if (vErrors === null) {
                              vErrors = [err13]
                            } else {
                              vErrors.push(err13)
                            }
                            errors++
                          }
                        }
                        var valid11 = _errs35 === errors
                        if (!valid11) {
                          break
                        }
                      }
                    } else {
                      const err14 = {
                        instancePath: instancePath + '/invocations',
                        schemaPath: '#/properties/invocations/anyOf/0/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array'
                      }
                      if (vErrors === null) {
                        vErrors = [err14]
                      } else {
                        vErrors.push(err14)
                      }
                      errors++
                    }
                  }
                  var _valid3 = _errs33 === errors
                  valid10 = valid10 || _valid3
                  if (!valid10) {
                    const _errs43 = errors
                    if (data11 !== null) {
                      const err15 = {
                        instancePath: instancePath + '/invocations',
                        schemaPath: '#/properties/invocations/anyOf/1/type',
                        keyword: 'type',
                        params: { type: 'null' },
                        message: 'must be null'
                      }
                      if (vErrors === null) {
                        vErrors = [err15]
                      } else {
                        vErrors.push(err15)
                      }
                      errors++
                    }
                    var _valid3 = _errs43 === errors
                    valid10 = valid10 || _valid3
                  }
                  if (!valid10) {
                    const err16 = {
                      instancePath: instancePath + '/invocations',
                      schemaPath: '#/properties/invocations/anyOf',
                      keyword: 'anyOf',
                      params: {},
                      message: 'must match a schema in anyOf'
                    }
                    if (vErrors === null) {
                      vErrors = [err16]
                    } else {
                      vErrors.push(err16)
                    }
                    errors++
                    validate1.errors = vErrors
                    return false
                  } else {
                    errors = _errs32
                    if (vErrors !== null) {
                      if (_errs32) {
                        vErrors.length = _errs32
                      } else {
                        vErrors = null
                      }
                    }
                  }
                  var valid0 = _errs31 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.originalUriBaseIds !== undefined) {
                    let data16 = data.originalUriBaseIds
                    const _errs45 = errors
                    const _errs46 = errors
                    let valid14 = false
                    const _errs47 = errors
                    if (errors === _errs47) {
                      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                        for (const key0 in data16) {
                          let data17 = data16[key0]
                          const _errs50 = errors
                          if (errors === _errs50) {
                            if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                              if (data17.uri !== undefined) {
                                if (typeof data17.uri !== 'string') {
                                  const err17 = {
                                    instancePath:
                                      instancePath +
                                      '/originalUriBaseIds/' +
                                      key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                                      '/uri',
                                    schemaPath:
                                      '#/properties/originalUriBaseIds/anyOf/0/additionalProperties/properties/uri/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err17]
                                  } else {
                                    vErrors.push(err17)
                                  }
                                  errors++
                                }
                              }
                            } else {
                              const err18 = {
                                instancePath:
                                  instancePath +
                                  '/originalUriBaseIds/' +
                                  key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                schemaPath:
                                  '#/properties/originalUriBaseIds/anyOf/0/additionalProperties/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object'
                              }
                              if (vErrors === null) {
                                vErrors = [err18]
                              } else {
                                vErrors.push(err18)
                              }
                              errors++
                            }
                          }
                          var valid15 = _errs50 === errors
                          if (!valid15) {
                            break
                          }
                        }
                      } else {
                        const err19 = {
                          instancePath: instancePath + '/originalUriBaseIds',
                          schemaPath: '#/properties/originalUriBaseIds/anyOf/0/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object'
                        }
                        if (vErrors === null) {
                          vErrors = [err19]
                        } else {
                          vErrors.push(err19)
                        }
                        errors++
                      }
                    }
                    var _valid4 = _errs47 === errors
                    valid14 = valid14 || _valid4
                    if (!valid14) {
                      const _errs54 = errors
                      if (data16 !== null) {
                        const err20 = {
                          instancePath: instancePath + '/originalUriBaseIds',
                          schemaPath: '#/properties/originalUriBaseIds/anyOf/1/type',
                          keyword: 'type',
                          params: { type: 'null' },
                          message: 'must be null'
                        }
                        if (vErrors === null) {
                          vErrors = [err20]
                        } else {
                          vErrors.push(err20)
                        }
                        errors++
                      }
                      var _valid4 = _errs54 === errors
                      valid14 = valid14 || _valid4
                    }
                    if (!valid14) {
                      const err21 = {
                        instancePath: instancePath + '/originalUriBaseIds',
                        schemaPath: '#/properties/originalUriBaseIds/anyOf',
                        keyword: 'anyOf',
                        params: {},
                        message: 'must match a schema in anyOf'
                      }
                      if (vErrors === null) {
                        vErrors = [err21]
                      } else {
                        vErrors.push(err21)
                      }
                      errors++
                      validate1.errors = vErrors
                      return false
                    } else {
                      errors = _errs46
                      if (vErrors !== null) {
                        if (_errs46) {
                          vErrors.length = _errs46
                        } else {
                          vErrors = null
                        }
                      }
                    }
                    var valid0 = _errs45 === errors
                  } else {
                    var valid0 = true
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate1.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate1.errors = vErrors
  return errors === 0
}
function validate0(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  /*# sourceURL="https://go-ci-kit.invalid/sarif-github-subset-input.json" */ let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.version === undefined && (missing0 = 'version')) ||
        (data.runs === undefined && (missing0 = 'runs'))
      ) {
        validate0.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.$schema !== undefined) {
          const _errs1 = errors
          if (typeof data.$schema !== 'string') {
            validate0.errors = [
              {
                instancePath: instancePath + '/$schema',
                schemaPath: '#/properties/%24schema/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.version !== undefined) {
            const _errs3 = errors
            if ('2.1.0' !== data.version) {
              validate0.errors = [
                {
                  instancePath: instancePath + '/version',
                  schemaPath: '#/properties/version/const',
                  keyword: 'const',
                  params: { allowedValue: '2.1.0' },
                  message: 'must be equal to constant'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.runs !== undefined) {
              let data2 = data.runs
              const _errs4 = errors
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  var valid1 = true
                  const len0 = data2.length
                  for (let i0 = 0; i0 < len0; i0++) {
                    const _errs6 = errors
                    if (
                      !validate1(data2[i0], {
                        instancePath: instancePath + '/runs/' + i0,
                        parentData: data2,
                        parentDataProperty: i0,
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate1.errors : vErrors.concat(validate1.errors)
                      errors = vErrors.length
                    }
                    var valid1 = _errs6 === errors
                    if (!valid1) {
                      break
                    }
                  }
                } else {
                  validate0.errors = [
                    {
                      instancePath: instancePath + '/runs',
                      schemaPath: '#/properties/runs/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs4 === errors
            } else {
              var valid0 = true
            }
          }
        }
      }
    } else {
      validate0.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate0.errors = vErrors
  return errors === 0
}
export const uploadLog = validate24
const schema9 = {
  $id: 'https://go-ci-kit.invalid/sarif-github-subset-upload.json',
  type: 'object',
  required: ['version', 'runs'],
  properties: {
    $schema: { type: 'string' },
    version: { const: '2.1.0' },
    runs: { type: 'array', items: { $ref: '#/definitions/run' }, maxItems: 20 }
  },
  definitions: {
    message: {
      type: 'object',
      properties: {
        text: { type: 'string', minLength: 1 },
        markdown: { type: 'string' },
        id: { type: 'string' },
        arguments: { type: 'array', items: { type: 'string' } }
      },
      required: ['text']
    },
    region: {
      type: 'object',
      properties: {
        startLine: { type: 'integer', minimum: 1 },
        startColumn: { type: 'integer', minimum: 1 },
        endLine: { type: 'integer', minimum: 1 },
        endColumn: { type: 'integer', minimum: 1 },
        charOffset: { type: 'integer', minimum: -1 },
        byteOffset: { type: 'integer', minimum: -1 }
      },
      anyOf: [
        { required: ['startLine'] },
        { required: ['charOffset'] },
        { required: ['byteOffset'] }
      ]
    },
    artifactLocation: {
      type: 'object',
      properties: {
        uri: { type: 'string', minLength: 1 },
        uriBaseId: { type: 'string' },
        index: { type: 'integer', minimum: -1 }
      },
      required: ['uri'],
      not: { required: ['uriBaseId'] }
    },
    location: {
      type: 'object',
      properties: {
        id: { type: 'integer', minimum: -1 },
        physicalLocation: {
          type: 'object',
          properties: {
            artifactLocation: { $ref: '#/definitions/artifactLocation' },
            region: { $ref: '#/definitions/region' },
            contextRegion: { $ref: '#/definitions/region' }
          },
          required: ['artifactLocation']
        },
        message: { $ref: '#/definitions/message' }
      }
    },
    result: {
      type: 'object',
      required: ['message', 'locations', 'ruleId'],
      properties: {
        ruleId: { type: 'string' },
        ruleIndex: { type: 'integer', minimum: -1 },
        rule: {
          type: 'object',
          properties: { id: { type: 'string' }, index: { type: 'integer' } }
        },
        level: { enum: ['none', 'note', 'warning', 'error'] },
        kind: { type: 'string' },
        message: { $ref: '#/definitions/message' },
        locations: { type: 'array', minItems: 1, items: { $ref: '#/definitions/location' } },
        relatedLocations: { type: 'array', items: { $ref: '#/definitions/location' } },
        codeFlows: {
          type: 'array',
          items: {
            type: 'object',
            required: ['threadFlows'],
            properties: {
              threadFlows: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['locations'],
                  properties: {
                    locations: {
                      type: 'array',
                      items: {
                        type: 'object',
                        properties: { location: { $ref: '#/definitions/location' } }
                      }
                    }
                  }
                }
              }
            }
          }
        },
        stacks: {
          type: 'array',
          items: {
            type: 'object',
            required: ['frames'],
            properties: {
              frames: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: { location: { $ref: '#/definitions/location' } }
                }
              }
            }
          }
        },
        partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
        fingerprints: { type: 'object', additionalProperties: { type: 'string' } },
        suppressions: { type: 'array', items: { type: 'object' } },
        properties: {
          type: 'object',
          properties: {
            tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 20 },
            'security-severity': { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' }
          }
        }
      }
    },
    reportingDescriptor: {
      type: 'object',
      required: ['id', 'shortDescription', 'fullDescription', 'help'],
      properties: {
        id: { type: 'string', minLength: 1 },
        name: { type: 'string', maxLength: 255 },
        shortDescription: {
          type: 'object',
          properties: { text: { type: 'string', maxLength: 1024 } },
          required: ['text']
        },
        fullDescription: {
          type: 'object',
          properties: { text: { type: 'string', maxLength: 1024 } },
          required: ['text']
        },
        help: {
          type: 'object',
          properties: { text: { type: 'string' }, markdown: { type: 'string' } },
          required: ['text']
        },
        helpUri: { type: 'string' },
        defaultConfiguration: {
          type: 'object',
          properties: {
            level: { enum: ['none', 'note', 'warning', 'error'] },
            enabled: { type: 'boolean' }
          }
        },
        properties: {
          type: 'object',
          properties: {
            tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 20 },
            'security-severity': { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' }
          }
        }
      }
    },
    toolComponent: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string', minLength: 1 },
        fullName: { type: 'string' },
        version: { type: 'string' },
        semanticVersion: { type: 'string' },
        guid: { type: 'string' },
        informationUri: { type: 'string' },
        rules: {
          type: 'array',
          items: { $ref: '#/definitions/reportingDescriptor' },
          maxItems: 25000
        }
      }
    },
    run: {
      type: 'object',
      required: ['tool', 'results'],
      properties: {
        tool: {
          type: 'object',
          required: ['driver'],
          properties: {
            driver: { allOf: [{ $ref: '#/definitions/toolComponent' }, { required: ['rules'] }] },
            extensions: {
              type: 'array',
              items: { $ref: '#/definitions/toolComponent' },
              maxItems: 100
            }
          }
        },
        results: { type: 'array', items: { $ref: '#/definitions/result' }, maxItems: 25000 },
        automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
        artifacts: {
          type: 'array',
          items: {
            type: 'object',
            properties: { location: { $ref: '#/definitions/artifactLocation' } }
          }
        },
        invocations: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
              startTimeUtc: { type: 'string' }
            }
          }
        },
        originalUriBaseIds: {
          type: 'object',
          additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
        }
      }
    }
  }
}
const schema10 = {
  type: 'object',
  required: ['tool', 'results'],
  properties: {
    tool: {
      type: 'object',
      required: ['driver'],
      properties: {
        driver: { allOf: [{ $ref: '#/definitions/toolComponent' }, { required: ['rules'] }] },
        extensions: { type: 'array', items: { $ref: '#/definitions/toolComponent' }, maxItems: 100 }
      }
    },
    results: { type: 'array', items: { $ref: '#/definitions/result' }, maxItems: 25000 },
    automationDetails: { type: 'object', properties: { id: { type: 'string' } } },
    artifacts: {
      type: 'array',
      items: {
        type: 'object',
        properties: { location: { $ref: '#/definitions/artifactLocation' } }
      }
    },
    invocations: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          workingDirectory: { type: 'object', properties: { uri: { type: 'string' } } },
          startTimeUtc: { type: 'string' }
        }
      }
    },
    originalUriBaseIds: {
      type: 'object',
      additionalProperties: { type: 'object', properties: { uri: { type: 'string' } } }
    }
  }
}
const schema11 = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    fullName: { type: 'string' },
    version: { type: 'string' },
    semanticVersion: { type: 'string' },
    guid: { type: 'string' },
    informationUri: { type: 'string' },
    rules: { type: 'array', items: { $ref: '#/definitions/reportingDescriptor' }, maxItems: 25000 }
  }
}
const schema12 = {
  type: 'object',
  required: ['id', 'shortDescription', 'fullDescription', 'help'],
  properties: {
    id: { type: 'string', minLength: 1 },
    name: { type: 'string', maxLength: 255 },
    shortDescription: {
      type: 'object',
      properties: { text: { type: 'string', maxLength: 1024 } },
      required: ['text']
    },
    fullDescription: {
      type: 'object',
      properties: { text: { type: 'string', maxLength: 1024 } },
      required: ['text']
    },
    help: {
      type: 'object',
      properties: { text: { type: 'string' }, markdown: { type: 'string' } },
      required: ['text']
    },
    helpUri: { type: 'string' },
    defaultConfiguration: {
      type: 'object',
      properties: {
        level: { enum: ['none', 'note', 'warning', 'error'] },
        enabled: { type: 'boolean' }
      }
    },
    properties: {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 20 },
        'security-severity': { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' }
      }
    }
  }
}
function validate27(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.id === undefined && (missing0 = 'id')) ||
        (data.shortDescription === undefined && (missing0 = 'shortDescription')) ||
        (data.fullDescription === undefined && (missing0 = 'fullDescription')) ||
        (data.help === undefined && (missing0 = 'help'))
      ) {
        validate27.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.id !== undefined) {
          let data0 = data.id
          const _errs1 = errors
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate27.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/properties/id/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate27.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.name !== undefined) {
            let data1 = data.name
            const _errs3 = errors
            if (errors === _errs3) {
              if (typeof data1 === 'string') {
                if (func0(data1) > 255) {
                  validate27.errors = [
                    {
                      instancePath: instancePath + '/name',
                      schemaPath: '#/properties/name/maxLength',
                      keyword: 'maxLength',
                      params: { limit: 255 },
                      message: 'must NOT have more than 255 characters'
                    }
                  ]
                  return false
                }
              } else {
                validate27.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                  }
                ]
                return false
              }
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.shortDescription !== undefined) {
              let data2 = data.shortDescription
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  let missing1
                  if (data2.text === undefined && (missing1 = 'text')) {
                    validate27.errors = [
                      {
                        instancePath: instancePath + '/shortDescription',
                        schemaPath: '#/properties/shortDescription/required',
                        keyword: 'required',
                        params: { missingProperty: missing1 },
                        message: "must have required property '" + missing1 + "'"
                      }
                    ]
                    return false
                  } else {
                    if (data2.text !== undefined) {
                      let data3 = data2.text
                      const _errs7 = errors
                      if (errors === _errs7) {
                        if (typeof data3 === 'string') {
                          if (func0(data3) > 1024) {
                            validate27.errors = [
                              {
                                instancePath: instancePath + '/shortDescription/text',
                                schemaPath:
                                  '#/properties/shortDescription/properties/text/maxLength',
                                keyword: 'maxLength',
                                params: { limit: 1024 },
                                message: 'must NOT have more than 1024 characters'
                              }
                            ]
                            return false
                          }
                        } else {
                          validate27.errors = [
                            {
                              instancePath: instancePath + '/shortDescription/text',
                              schemaPath: '#/properties/shortDescription/properties/text/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string'
                            }
                          ]
                          return false
                        }
                      }
                    }
                  }
                } else {
                  validate27.errors = [
                    {
                      instancePath: instancePath + '/shortDescription',
                      schemaPath: '#/properties/shortDescription/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.fullDescription !== undefined) {
                let data4 = data.fullDescription
                const _errs9 = errors
                if (errors === _errs9) {
                  if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                    let missing2
                    if (data4.text === undefined && (missing2 = 'text')) {
                      validate27.errors = [
                        {
                          instancePath: instancePath + '/fullDescription',
                          schemaPath: '#/properties/fullDescription/required',
                          keyword: 'required',
                          params: { missingProperty: missing2 },
                          message: "must have required property '" + missing2 + "'"
                        }
                      ]
                      return false
                    } else {
                      if (data4.text !== undefined) {
                        let data5 = data4.text
                        const _errs11 = errors
                        if (errors === _errs11) {
                          if (typeof data5 === 'string') {
                            if (func0(data5) > 1024) {
                              validate27.errors = [
                                {
                                  instancePath: instancePath + '/fullDescription/text',
                                  schemaPath:
                                    '#/properties/fullDescription/properties/text/maxLength',
                                  keyword: 'maxLength',
                                  params: { limit: 1024 },
                                  message: 'must NOT have more than 1024 characters'
                                }
                              ]
                              return false
                            }
                          } else {
                            validate27.errors = [
                              {
                                instancePath: instancePath + '/fullDescription/text',
                                schemaPath: '#/properties/fullDescription/properties/text/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string'
                              }
                            ]
                            return false
                          }
                        }
                      }
                    }
                  } else {
                    validate27.errors = [
                      {
                        instancePath: instancePath + '/fullDescription',
                        schemaPath: '#/properties/fullDescription/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object'
                      }
                    ]
                    return false
                  }
                }
                var valid0 = _errs9 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.help !== undefined) {
                  let data6 = data.help
                  const _errs13 = errors
                  if (errors === _errs13) {
                    if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                      let missing3
                      if (data6.text === undefined && (missing3 = 'text')) {
                        validate27.errors = [
                          {
                            instancePath: instancePath + '/help',
                            schemaPath: '#/properties/help/required',
                            keyword: 'required',
                            params: { missingProperty: missing3 },
                            message: "must have required property '" + missing3 + "'"
                          }
                        ]
                        return false
                      } else {
                        if (data6.text !== undefined) {
                          const _errs15 = errors
                          if (typeof data6.text !== 'string') {
                            validate27.errors = [
                              {
                                instancePath: instancePath + '/help/text',
                                schemaPath: '#/properties/help/properties/text/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string'
                              }
                            ]
                            return false
                          }
                          var valid3 = _errs15 === errors
                        } else {
                          var valid3 = true
                        }
                        if (valid3) {
                          if (data6.markdown !== undefined) {
                            const _errs17 = errors
                            if (typeof data6.markdown !== 'string') {
                              validate27.errors = [
                                {
                                  instancePath: instancePath + '/help/markdown',
                                  schemaPath: '#/properties/help/properties/markdown/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string'
                                }
                              ]
                              return false
                            }
                            var valid3 = _errs17 === errors
                          } else {
                            var valid3 = true
                          }
                        }
                      }
                    } else {
                      validate27.errors = [
                        {
                          instancePath: instancePath + '/help',
                          schemaPath: '#/properties/help/type',
                          keyword: 'type',
                          params: { type: 'object' },
                          message: 'must be object'
                        }
                      ]
                      return false
                    }
                  }
                  var valid0 = _errs13 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.helpUri !== undefined) {
                    const _errs19 = errors
                    if (typeof data.helpUri !== 'string') {
                      validate27.errors = [
                        {
                          instancePath: instancePath + '/helpUri',
                          schemaPath: '#/properties/helpUri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid0 = _errs19 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.defaultConfiguration !== undefined) {
                      let data10 = data.defaultConfiguration
                      const _errs21 = errors
                      if (errors === _errs21) {
                        if (data10 && typeof data10 == 'object' && !Array.isArray(data10)) {
                          if (data10.level !== undefined) {
                            let data11 = data10.level
                            const _errs23 = errors
                            if (!(
                              data11 === 'none' ||
                              data11 === 'note' ||
                              data11 === 'warning' ||
                              data11 === 'error'
                            )) {
                              validate27.errors = [
                                {
                                  instancePath: instancePath + '/defaultConfiguration/level',
                                  schemaPath:
                                    '#/properties/defaultConfiguration/properties/level/enum',
                                  keyword: 'enum',
                                  params: {
                                    allowedValues:
                                      schema12.properties.defaultConfiguration.properties.level.enum
                                  },
                                  message: 'must be equal to one of the allowed values'
                                }
                              ]
                              return false
                            }
                            var valid4 = _errs23 === errors
                          } else {
                            var valid4 = true
                          }
                          if (valid4) {
                            if (data10.enabled !== undefined) {
                              const _errs24 = errors
                              if (typeof data10.enabled !== 'boolean') {
                                validate27.errors = [
                                  {
                                    instancePath: instancePath + '/defaultConfiguration/enabled',
                                    schemaPath:
                                      '#/properties/defaultConfiguration/properties/enabled/type',
                                    keyword: 'type',
                                    params: { type: 'boolean' },
                                    message: 'must be boolean'
                                  }
                                ]
                                return false
                              }
                              var valid4 = _errs24 === errors
                            } else {
                              var valid4 = true
                            }
                          }
                        } else {
                          validate27.errors = [
                            {
                              instancePath: instancePath + '/defaultConfiguration',
                              schemaPath: '#/properties/defaultConfiguration/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object'
                            }
                          ]
                          return false
                        }
                      }
                      var valid0 = _errs21 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.properties !== undefined) {
                        let data13 = data.properties
                        const _errs26 = errors
                        if (errors === _errs26) {
                          if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                            if (data13.tags !== undefined) {
                              let data14 = data13.tags
                              const _errs28 = errors
                              if (errors === _errs28) {
                                if (Array.isArray(data14)) {
                                  if (data14.length > 20) {
                                    validate27.errors = [
                                      {
                                        instancePath: instancePath + '/properties/tags',
                                        schemaPath:
                                          '#/properties/properties/properties/tags/maxItems',
                                        keyword: 'maxItems',
                                        params: { limit: 20 },
                                        message: 'must NOT have more than 20 items'
                                      }
                                    ]
                                    return false
                                  } else {
                                    var valid6 = true
                                    const len0 = data14.length
                                    for (let i0 = 0; i0 < len0; i0++) {
                                      const _errs30 = errors
                                      if (typeof data14[i0] !== 'string') {
                                        validate27.errors = [
                                          {
                                            instancePath: instancePath + '/properties/tags/' + i0,
                                            schemaPath:
                                              '#/properties/properties/properties/tags/items/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                          }
                                        ]
                                        return false
                                      }
                                      var valid6 = _errs30 === errors
                                      if (!valid6) {
                                        break
                                      }
                                    }
                                    if (valid6) {
                                      let i1 = data14.length
                                      let j0
                                      if (i1 > 1) {
                                        const indices0 = {}
                                        for (; i1--;) {
                                          let item0 = data14[i1]
                                          if (typeof item0 !== 'string') {
                                            continue
                                          }
                                          if (typeof indices0[item0] == 'number') {
                                            j0 = indices0[item0]
                                            validate27.errors = [
                                              {
                                                instancePath: instancePath + '/properties/tags',
                                                schemaPath:
                                                  '#/properties/properties/properties/tags/uniqueItems',
                                                keyword: 'uniqueItems',
                                                params: { i: i1, j: j0 },
                                                message:
                                                  'must NOT have duplicate items (items ## ' +
                                                  j0 +
                                                  ' and ' +
                                                  i1 +
                                                  ' are identical)'
                                              }
                                            ]
                                            return false
                                            break
                                          }
                                          indices0[item0] = i1
                                        }
                                      }
                                    }
                                  }
                                } else {
                                  validate27.errors = [
                                    {
                                      instancePath: instancePath + '/properties/tags',
                                      schemaPath: '#/properties/properties/properties/tags/type',
                                      keyword: 'type',
                                      params: { type: 'array' },
                                      message: 'must be array'
                                    }
                                  ]
                                  return false
                                }
                              }
                              var valid5 = _errs28 === errors
                            } else {
                              var valid5 = true
                            }
                            if (valid5) {
                              if (data13['security-severity'] !== undefined) {
                                let data16 = data13['security-severity']
                                const _errs32 = errors
                                if (errors === _errs32) {
                                  if (typeof data16 === 'string') {
                                    if (!pattern0.test(data16)) {
                                      validate27.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/properties/security-severity',
                                          schemaPath:
                                            '#/properties/properties/properties/security-severity/pattern',
                                          keyword: 'pattern',
                                          params: {
                                            pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'
                                          },
                                          message:
                                            'must match pattern "' +
                                            '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                            '"'
                                        }
                                      ]
                                      return false
                                    }
                                  } else {
                                    validate27.errors = [
                                      {
                                        instancePath:
                                          instancePath + '/properties/security-severity',
                                        schemaPath:
                                          '#/properties/properties/properties/security-severity/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string'
                                      }
                                    ]
                                    return false
                                  }
                                }
                                var valid5 = _errs32 === errors
                              } else {
                                var valid5 = true
                              }
                            }
                          } else {
                            validate27.errors = [
                              {
                                instancePath: instancePath + '/properties',
                                schemaPath: '#/properties/properties/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object'
                              }
                            ]
                            return false
                          }
                        }
                        var valid0 = _errs26 === errors
                      } else {
                        var valid0 = true
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate27.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate27.errors = vErrors
  return errors === 0
}
function validate26(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.name === undefined && (missing0 = 'name')) {
        validate26.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.name !== undefined) {
          let data0 = data.name
          const _errs1 = errors
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/name',
                    schemaPath: '#/properties/name/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate26.errors = [
                {
                  instancePath: instancePath + '/name',
                  schemaPath: '#/properties/name/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.fullName !== undefined) {
            const _errs3 = errors
            if (typeof data.fullName !== 'string') {
              validate26.errors = [
                {
                  instancePath: instancePath + '/fullName',
                  schemaPath: '#/properties/fullName/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.version !== undefined) {
              const _errs5 = errors
              if (typeof data.version !== 'string') {
                validate26.errors = [
                  {
                    instancePath: instancePath + '/version',
                    schemaPath: '#/properties/version/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                  }
                ]
                return false
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.semanticVersion !== undefined) {
                const _errs7 = errors
                if (typeof data.semanticVersion !== 'string') {
                  validate26.errors = [
                    {
                      instancePath: instancePath + '/semanticVersion',
                      schemaPath: '#/properties/semanticVersion/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string'
                    }
                  ]
                  return false
                }
                var valid0 = _errs7 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.guid !== undefined) {
                  const _errs9 = errors
                  if (typeof data.guid !== 'string') {
                    validate26.errors = [
                      {
                        instancePath: instancePath + '/guid',
                        schemaPath: '#/properties/guid/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs9 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.informationUri !== undefined) {
                    const _errs11 = errors
                    if (typeof data.informationUri !== 'string') {
                      validate26.errors = [
                        {
                          instancePath: instancePath + '/informationUri',
                          schemaPath: '#/properties/informationUri/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid0 = _errs11 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.rules !== undefined) {
                      let data6 = data.rules
                      const _errs13 = errors
                      if (errors === _errs13) {
                        if (Array.isArray(data6)) {
                          if (data6.length > 25000) {
                            validate26.errors = [
                              {
                                instancePath: instancePath + '/rules',
                                schemaPath: '#/properties/rules/maxItems',
                                keyword: 'maxItems',
                                params: { limit: 25000 },
                                message: 'must NOT have more than 25000 items'
                              }
                            ]
                            return false
                          } else {
                            var valid1 = true
                            const len0 = data6.length
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs15 = errors
                              if (
                                !validate27(data6[i0], {
                                  instancePath: instancePath + '/rules/' + i0,
                                  parentData: data6,
                                  parentDataProperty: i0,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate27.errors
                                    : vErrors.concat(validate27.errors)
                                errors = vErrors.length
                              }
                              var valid1 = _errs15 === errors
                              if (!valid1) {
                                break
                              }
                            }
                          }
                        } else {
                          validate26.errors = [
                            {
                              instancePath: instancePath + '/rules',
                              schemaPath: '#/properties/rules/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                          ]
                          return false
                        }
                      }
                      var valid0 = _errs13 === errors
                    } else {
                      var valid0 = true
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate26.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate26.errors = vErrors
  return errors === 0
}
const schema13 = {
  type: 'object',
  required: ['message', 'locations', 'ruleId'],
  properties: {
    ruleId: { type: 'string' },
    ruleIndex: { type: 'integer', minimum: -1 },
    rule: { type: 'object', properties: { id: { type: 'string' }, index: { type: 'integer' } } },
    level: { enum: ['none', 'note', 'warning', 'error'] },
    kind: { type: 'string' },
    message: { $ref: '#/definitions/message' },
    locations: { type: 'array', minItems: 1, items: { $ref: '#/definitions/location' } },
    relatedLocations: { type: 'array', items: { $ref: '#/definitions/location' } },
    codeFlows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['threadFlows'],
        properties: {
          threadFlows: {
            type: 'array',
            items: {
              type: 'object',
              required: ['locations'],
              properties: {
                locations: {
                  type: 'array',
                  items: {
                    type: 'object',
                    properties: { location: { $ref: '#/definitions/location' } }
                  }
                }
              }
            }
          }
        }
      }
    },
    stacks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['frames'],
        properties: {
          frames: {
            type: 'array',
            items: { type: 'object', properties: { location: { $ref: '#/definitions/location' } } }
          }
        }
      }
    },
    partialFingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    fingerprints: { type: 'object', additionalProperties: { type: 'string' } },
    suppressions: { type: 'array', items: { type: 'object' } },
    properties: {
      type: 'object',
      properties: {
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true, maxItems: 20 },
        'security-severity': { type: 'string', pattern: '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' }
      }
    }
  }
}
const schema14 = {
  type: 'object',
  properties: {
    text: { type: 'string', minLength: 1 },
    markdown: { type: 'string' },
    id: { type: 'string' },
    arguments: { type: 'array', items: { type: 'string' } }
  },
  required: ['text']
}
function validate32(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.text === undefined && (missing0 = 'text')) {
        validate32.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.text !== undefined) {
          let data0 = data.text
          const _errs1 = errors
          if (errors === _errs1) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate32.errors = [
                  {
                    instancePath: instancePath + '/text',
                    schemaPath: '#/properties/text/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate32.errors = [
                {
                  instancePath: instancePath + '/text',
                  schemaPath: '#/properties/text/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.markdown !== undefined) {
            const _errs3 = errors
            if (typeof data.markdown !== 'string') {
              validate32.errors = [
                {
                  instancePath: instancePath + '/markdown',
                  schemaPath: '#/properties/markdown/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.id !== undefined) {
              const _errs5 = errors
              if (typeof data.id !== 'string') {
                validate32.errors = [
                  {
                    instancePath: instancePath + '/id',
                    schemaPath: '#/properties/id/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string'
                  }
                ]
                return false
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.arguments !== undefined) {
                let data3 = data.arguments
                const _errs7 = errors
                if (errors === _errs7) {
                  if (Array.isArray(data3)) {
                    var valid1 = true
                    const len0 = data3.length
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs9 = errors
                      if (typeof data3[i0] !== 'string') {
                        validate32.errors = [
                          {
                            instancePath: instancePath + '/arguments/' + i0,
                            schemaPath: '#/properties/arguments/items/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                      if (!valid1) {
                        break
                      }
                    }
                  } else {
                    validate32.errors = [
                      {
                        instancePath: instancePath + '/arguments',
                        schemaPath: '#/properties/arguments/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array'
                      }
                    ]
                    return false
                  }
                }
                var valid0 = _errs7 === errors
              } else {
                var valid0 = true
              }
            }
          }
        }
      }
    } else {
      validate32.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate32.errors = vErrors
  return errors === 0
}
const schema15 = {
  type: 'object',
  properties: {
    id: { type: 'integer', minimum: -1 },
    physicalLocation: {
      type: 'object',
      properties: {
        artifactLocation: { $ref: '#/definitions/artifactLocation' },
        region: { $ref: '#/definitions/region' },
        contextRegion: { $ref: '#/definitions/region' }
      },
      required: ['artifactLocation']
    },
    message: { $ref: '#/definitions/message' }
  }
}
const schema16 = {
  type: 'object',
  properties: {
    uri: { type: 'string', minLength: 1 },
    uriBaseId: { type: 'string' },
    index: { type: 'integer', minimum: -1 }
  },
  required: ['uri'],
  not: { required: ['uriBaseId'] }
}
function validate35(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  const _errs1 = errors
  const _errs2 = errors
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0
    if (data.uriBaseId === undefined && (missing0 = 'uriBaseId')) {
      const err0 = {}
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
  }
  var valid0 = _errs2 === errors
  if (valid0) {
    validate35.errors = [
      {
        instancePath,
        schemaPath: '#/not',
        keyword: 'not',
        params: {},
        message: 'must NOT be valid'
      }
    ]
    return false
  } else {
    errors = _errs1
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1
      } else {
        vErrors = null
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1
      if (data.uri === undefined && (missing1 = 'uri')) {
        validate35.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing1 },
            message: "must have required property '" + missing1 + "'"
          }
        ]
        return false
      } else {
        if (data.uri !== undefined) {
          let data0 = data.uri
          const _errs3 = errors
          if (errors === _errs3) {
            if (typeof data0 === 'string') {
              if (func0(data0) < 1) {
                validate35.errors = [
                  {
                    instancePath: instancePath + '/uri',
                    schemaPath: '#/properties/uri/minLength',
                    keyword: 'minLength',
                    params: { limit: 1 },
                    message: 'must NOT have fewer than 1 characters'
                  }
                ]
                return false
              }
            } else {
              validate35.errors = [
                {
                  instancePath: instancePath + '/uri',
                  schemaPath: '#/properties/uri/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
          }
          var valid1 = _errs3 === errors
        } else {
          var valid1 = true
        }
        if (valid1) {
          if (data.uriBaseId !== undefined) {
            const _errs5 = errors
            if (typeof data.uriBaseId !== 'string') {
              validate35.errors = [
                {
                  instancePath: instancePath + '/uriBaseId',
                  schemaPath: '#/properties/uriBaseId/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string'
                }
              ]
              return false
            }
            var valid1 = _errs5 === errors
          } else {
            var valid1 = true
          }
          if (valid1) {
            if (data.index !== undefined) {
              let data2 = data.index
              const _errs7 = errors
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
                validate35.errors = [
                  {
                    instancePath: instancePath + '/index',
                    schemaPath: '#/properties/index/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                  }
                ]
                return false
              }
              if (errors === _errs7) {
                if (typeof data2 == 'number') {
                  if (data2 < -1 || isNaN(data2)) {
                    validate35.errors = [
                      {
                        instancePath: instancePath + '/index',
                        schemaPath: '#/properties/index/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: -1 },
                        message: 'must be >= -1'
                      }
                    ]
                    return false
                  }
                }
              }
              var valid1 = _errs7 === errors
            } else {
              var valid1 = true
            }
          }
        }
      }
    } else {
      validate35.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate35.errors = vErrors
  return errors === 0
}
const schema17 = {
  type: 'object',
  properties: {
    startLine: { type: 'integer', minimum: 1 },
    startColumn: { type: 'integer', minimum: 1 },
    endLine: { type: 'integer', minimum: 1 },
    endColumn: { type: 'integer', minimum: 1 },
    charOffset: { type: 'integer', minimum: -1 },
    byteOffset: { type: 'integer', minimum: -1 }
  },
  anyOf: [{ required: ['startLine'] }, { required: ['charOffset'] }, { required: ['byteOffset'] }]
}
function validate37(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  const _errs1 = errors
  let valid0 = false
  const _errs2 = errors
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    let missing0
    if (data.startLine === undefined && (missing0 = 'startLine')) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: missing0 },
        message: "must have required property '" + missing0 + "'"
      }
      if (vErrors === null) {
        vErrors = [err0]
      } else {
        vErrors.push(err0)
      }
      errors++
    }
  }
  var _valid0 = _errs2 === errors
  valid0 = valid0 || _valid0
  if (!valid0) {
    const _errs3 = errors
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing1
      if (data.charOffset === undefined && (missing1 = 'charOffset')) {
        const err1 = {
          instancePath,
          schemaPath: '#/anyOf/1/required',
          keyword: 'required',
          params: { missingProperty: missing1 },
          message: "must have required property '" + missing1 + "'"
        }
        if (vErrors === null) {
          vErrors = [err1]
        } else {
          vErrors.push(err1)
        }
        errors++
      }
    }
    var _valid0 = _errs3 === errors
    valid0 = valid0 || _valid0
    if (!valid0) {
      const _errs4 = errors
      if (data && typeof data == 'object' && !Array.isArray(data)) {
        let missing2
        if (data.byteOffset === undefined && (missing2 = 'byteOffset')) {
          const err2 = {
            instancePath,
            schemaPath: '#/anyOf/2/required',
            keyword: 'required',
            params: { missingProperty: missing2 },
            message: "must have required property '" + missing2 + "'"
          }
          if (vErrors === null) {
            vErrors = [err2]
          } else {
            vErrors.push(err2)
          }
          errors++
        }
      }
      var _valid0 = _errs4 === errors
      valid0 = valid0 || _valid0
    }
  }
  if (!valid0) {
    const err3 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf'
    }
    if (vErrors === null) {
      vErrors = [err3]
    } else {
      vErrors.push(err3)
    }
    errors++
    validate37.errors = vErrors
    return false
  } else {
    errors = _errs1
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1
      } else {
        vErrors = null
      }
    }
  }
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.startLine !== undefined) {
        let data0 = data.startLine
        const _errs5 = errors
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate37.errors = [
            {
              instancePath: instancePath + '/startLine',
              schemaPath: '#/properties/startLine/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer'
            }
          ]
          return false
        }
        if (errors === _errs5) {
          if (typeof data0 == 'number') {
            if (data0 < 1 || isNaN(data0)) {
              validate37.errors = [
                {
                  instancePath: instancePath + '/startLine',
                  schemaPath: '#/properties/startLine/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: 1 },
                  message: 'must be >= 1'
                }
              ]
              return false
            }
          }
        }
        var valid1 = _errs5 === errors
      } else {
        var valid1 = true
      }
      if (valid1) {
        if (data.startColumn !== undefined) {
          let data1 = data.startColumn
          const _errs7 = errors
          if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
            validate37.errors = [
              {
                instancePath: instancePath + '/startColumn',
                schemaPath: '#/properties/startColumn/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer'
              }
            ]
            return false
          }
          if (errors === _errs7) {
            if (typeof data1 == 'number') {
              if (data1 < 1 || isNaN(data1)) {
                validate37.errors = [
                  {
                    instancePath: instancePath + '/startColumn',
                    schemaPath: '#/properties/startColumn/minimum',
                    keyword: 'minimum',
                    params: { comparison: '>=', limit: 1 },
                    message: 'must be >= 1'
                  }
                ]
                return false
              }
            }
          }
          var valid1 = _errs7 === errors
        } else {
          var valid1 = true
        }
        if (valid1) {
          if (data.endLine !== undefined) {
            let data2 = data.endLine
            const _errs9 = errors
            if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2))) {
              validate37.errors = [
                {
                  instancePath: instancePath + '/endLine',
                  schemaPath: '#/properties/endLine/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs9) {
              if (typeof data2 == 'number') {
                if (data2 < 1 || isNaN(data2)) {
                  validate37.errors = [
                    {
                      instancePath: instancePath + '/endLine',
                      schemaPath: '#/properties/endLine/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: 1 },
                      message: 'must be >= 1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid1 = _errs9 === errors
          } else {
            var valid1 = true
          }
          if (valid1) {
            if (data.endColumn !== undefined) {
              let data3 = data.endColumn
              const _errs11 = errors
              if (!(typeof data3 == 'number' && !(data3 % 1) && !isNaN(data3))) {
                validate37.errors = [
                  {
                    instancePath: instancePath + '/endColumn',
                    schemaPath: '#/properties/endColumn/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer'
                  }
                ]
                return false
              }
              if (errors === _errs11) {
                if (typeof data3 == 'number') {
                  if (data3 < 1 || isNaN(data3)) {
                    validate37.errors = [
                      {
                        instancePath: instancePath + '/endColumn',
                        schemaPath: '#/properties/endColumn/minimum',
                        keyword: 'minimum',
                        params: { comparison: '>=', limit: 1 },
                        message: 'must be >= 1'
                      }
                    ]
                    return false
                  }
                }
              }
              var valid1 = _errs11 === errors
            } else {
              var valid1 = true
            }
            if (valid1) {
              if (data.charOffset !== undefined) {
                let data4 = data.charOffset
                const _errs13 = errors
                if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                  validate37.errors = [
                    {
                      instancePath: instancePath + '/charOffset',
                      schemaPath: '#/properties/charOffset/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer'
                    }
                  ]
                  return false
                }
                if (errors === _errs13) {
                  if (typeof data4 == 'number') {
                    if (data4 < -1 || isNaN(data4)) {
                      validate37.errors = [
                        {
                          instancePath: instancePath + '/charOffset',
                          schemaPath: '#/properties/charOffset/minimum',
                          keyword: 'minimum',
                          params: { comparison: '>=', limit: -1 },
                          message: 'must be >= -1'
                        }
                      ]
                      return false
                    }
                  }
                }
                var valid1 = _errs13 === errors
              } else {
                var valid1 = true
              }
              if (valid1) {
                if (data.byteOffset !== undefined) {
                  let data5 = data.byteOffset
                  const _errs15 = errors
                  if (!(typeof data5 == 'number' && !(data5 % 1) && !isNaN(data5))) {
                    validate37.errors = [
                      {
                        instancePath: instancePath + '/byteOffset',
                        schemaPath: '#/properties/byteOffset/type',
                        keyword: 'type',
                        params: { type: 'integer' },
                        message: 'must be integer'
                      }
                    ]
                    return false
                  }
                  if (errors === _errs15) {
                    if (typeof data5 == 'number') {
                      if (data5 < -1 || isNaN(data5)) {
                        validate37.errors = [
                          {
                            instancePath: instancePath + '/byteOffset',
                            schemaPath: '#/properties/byteOffset/minimum',
                            keyword: 'minimum',
                            params: { comparison: '>=', limit: -1 },
                            message: 'must be >= -1'
                          }
                        ]
                        return false
                      }
                    }
                  }
                  var valid1 = _errs15 === errors
                } else {
                  var valid1 = true
                }
              }
            }
          }
        }
      }
    } else {
      validate37.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate37.errors = vErrors
  return errors === 0
}
function validate34(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.id !== undefined) {
        let data0 = data.id
        const _errs1 = errors
        if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0))) {
          validate34.errors = [
            {
              instancePath: instancePath + '/id',
              schemaPath: '#/properties/id/type',
              keyword: 'type',
              params: { type: 'integer' },
              message: 'must be integer'
            }
          ]
          return false
        }
        if (errors === _errs1) {
          if (typeof data0 == 'number') {
            if (data0 < -1 || isNaN(data0)) {
              validate34.errors = [
                {
                  instancePath: instancePath + '/id',
                  schemaPath: '#/properties/id/minimum',
                  keyword: 'minimum',
                  params: { comparison: '>=', limit: -1 },
                  message: 'must be >= -1'
                }
              ]
              return false
            }
          }
        }
        var valid0 = _errs1 === errors
      } else {
        var valid0 = true
      }
      if (valid0) {
        if (data.physicalLocation !== undefined) {
          let data1 = data.physicalLocation
          const _errs3 = errors
          if (errors === _errs3) {
            if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
              let missing0
              if (data1.artifactLocation === undefined && (missing0 = 'artifactLocation')) {
                validate34.errors = [
                  {
                    instancePath: instancePath + '/physicalLocation',
                    schemaPath: '#/properties/physicalLocation/required',
                    keyword: 'required',
                    params: { missingProperty: missing0 },
                    message: "must have required property '" + missing0 + "'"
                  }
                ]
                return false
              } else {
                if (data1.artifactLocation !== undefined) {
                  const _errs5 = errors
                  if (
                    !validate35(data1.artifactLocation, {
                      instancePath: instancePath + '/physicalLocation/artifactLocation',
                      parentData: data1,
                      parentDataProperty: 'artifactLocation',
                      rootData
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate35.errors : vErrors.concat(validate35.errors)
                    errors = vErrors.length
                  }
                  var valid1 = _errs5 === errors
                } else {
                  var valid1 = true
                }
                if (valid1) {
                  if (data1.region !== undefined) {
                    const _errs6 = errors
                    if (
                      !validate37(data1.region, {
                        instancePath: instancePath + '/physicalLocation/region',
                        parentData: data1,
                        parentDataProperty: 'region',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate37.errors : vErrors.concat(validate37.errors)
                      errors = vErrors.length
                    }
                    var valid1 = _errs6 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data1.contextRegion !== undefined) {
                      const _errs7 = errors
                      if (
                        !validate37(data1.contextRegion, {
                          instancePath: instancePath + '/physicalLocation/contextRegion',
                          parentData: data1,
                          parentDataProperty: 'contextRegion',
                          rootData
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate37.errors : vErrors.concat(validate37.errors)
                        errors = vErrors.length
                      }
                      var valid1 = _errs7 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                }
              }
            } else {
              validate34.errors = [
                {
                  instancePath: instancePath + '/physicalLocation',
                  schemaPath: '#/properties/physicalLocation/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object'
                }
              ]
              return false
            }
          }
          var valid0 = _errs3 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.message !== undefined) {
            const _errs8 = errors
            if (
              !validate32(data.message, {
                instancePath: instancePath + '/message',
                parentData: data,
                parentDataProperty: 'message',
                rootData
              })
            ) {
              vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)
              errors = vErrors.length
            }
            var valid0 = _errs8 === errors
          } else {
            var valid0 = true
          }
        }
      }
    } else {
      validate34.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate34.errors = vErrors
  return errors === 0
}
function validate31(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.message === undefined && (missing0 = 'message')) ||
        (data.locations === undefined && (missing0 = 'locations')) ||
        (data.ruleId === undefined && (missing0 = 'ruleId'))
      ) {
        validate31.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.ruleId !== undefined) {
          const _errs1 = errors
          if (typeof data.ruleId !== 'string') {
            validate31.errors = [
              {
                instancePath: instancePath + '/ruleId',
                schemaPath: '#/properties/ruleId/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.ruleIndex !== undefined) {
            let data1 = data.ruleIndex
            const _errs3 = errors
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
              validate31.errors = [
                {
                  instancePath: instancePath + '/ruleIndex',
                  schemaPath: '#/properties/ruleIndex/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number') {
                if (data1 < -1 || isNaN(data1)) {
                  validate31.errors = [
                    {
                      instancePath: instancePath + '/ruleIndex',
                      schemaPath: '#/properties/ruleIndex/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: -1 },
                      message: 'must be >= -1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.rule !== undefined) {
              let data2 = data.rule
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.id !== undefined) {
                    const _errs7 = errors
                    if (typeof data2.id !== 'string') {
                      validate31.errors = [
                        {
                          instancePath: instancePath + '/rule/id',
                          schemaPath: '#/properties/rule/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data2.index !== undefined) {
                      let data4 = data2.index
                      const _errs9 = errors
                      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                        validate31.errors = [
                          {
                            instancePath: instancePath + '/rule/index',
                            schemaPath: '#/properties/rule/properties/index/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                } else {
                  validate31.errors = [
                    {
                      instancePath: instancePath + '/rule',
                      schemaPath: '#/properties/rule/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.level !== undefined) {
                let data5 = data.level
                const _errs11 = errors
                if (!(
                  data5 === 'none' ||
                  data5 === 'note' ||
                  data5 === 'warning' ||
                  data5 === 'error'
                )) {
                  validate31.errors = [
                    {
                      instancePath: instancePath + '/level',
                      schemaPath: '#/properties/level/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema13.properties.level.enum },
                      message: 'must be equal to one of the allowed values'
                    }
                  ]
                  return false
                }
                var valid0 = _errs11 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.kind !== undefined) {
                  const _errs12 = errors
                  if (typeof data.kind !== 'string') {
                    validate31.errors = [
                      {
                        instancePath: instancePath + '/kind',
                        schemaPath: '#/properties/kind/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs12 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.message !== undefined) {
                    const _errs14 = errors
                    if (
                      !validate32(data.message, {
                        instancePath: instancePath + '/message',
                        parentData: data,
                        parentDataProperty: 'message',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)
                      errors = vErrors.length
                    }
                    var valid0 = _errs14 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.locations !== undefined) {
                      let data8 = data.locations
                      const _errs15 = errors
                      if (errors === _errs15) {
                        if (Array.isArray(data8)) {
                          if (data8.length < 1) {
                            validate31.errors = [
                              {
                                instancePath: instancePath + '/locations',
                                schemaPath: '#/properties/locations/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items'
                              }
                            ]
                            return false
                          } else {
                            var valid2 = true
                            const len0 = data8.length
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs17 = errors
                              if (
                                !validate34(data8[i0], {
                                  instancePath: instancePath + '/locations/' + i0,
                                  parentData: data8,
                                  parentDataProperty: i0,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate34.errors
                                    : vErrors.concat(validate34.errors)
                                errors = vErrors.length
                              }
                              var valid2 = _errs17 === errors
                              if (!valid2) {
                                break
                              }
                            }
                          }
                        } else {
                          validate31.errors = [
                            {
                              instancePath: instancePath + '/locations',
                              schemaPath: '#/properties/locations/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                          ]
                          return false
                        }
                      }
                      var valid0 = _errs15 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.relatedLocations !== undefined) {
                        let data10 = data.relatedLocations
                        const _errs18 = errors
                        if (errors === _errs18) {
                          if (Array.isArray(data10)) {
                            var valid3 = true
                            const len1 = data10.length
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs20 = errors
                              if (
                                !validate34(data10[i1], {
                                  instancePath: instancePath + '/relatedLocations/' + i1,
                                  parentData: data10,
                                  parentDataProperty: i1,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate34.errors
                                    : vErrors.concat(validate34.errors)
                                errors = vErrors.length
                              }
                              var valid3 = _errs20 === errors
                              if (!valid3) {
                                break
                              }
                            }
                          } else {
                            validate31.errors = [
                              {
                                instancePath: instancePath + '/relatedLocations',
                                schemaPath: '#/properties/relatedLocations/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array'
                              }
                            ]
                            return false
                          }
                        }
                        var valid0 = _errs18 === errors
                      } else {
                        var valid0 = true
                      }
                      if (valid0) {
                        if (data.codeFlows !== undefined) {
                          let data12 = data.codeFlows
                          const _errs21 = errors
                          if (errors === _errs21) {
                            if (Array.isArray(data12)) {
                              var valid4 = true
                              const len2 = data12.length
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data13 = data12[i2]
                                const _errs23 = errors
                                if (errors === _errs23) {
                                  if (
                                    data13 &&
                                    typeof data13 == 'object' &&
                                    !Array.isArray(data13)
                                  ) {
                                    let missing1
                                    if (
                                      data13.threadFlows === undefined &&
                                      (missing1 = 'threadFlows')
                                    ) {
                                      validate31.errors = [
                                        {
                                          instancePath: instancePath + '/codeFlows/' + i2,
                                          schemaPath: '#/properties/codeFlows/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing1 },
                                          message: "must have required property '" + missing1 + "'"
                                        }
                                      ]
                                      return false
                                    } else {
                                      if (data13.threadFlows !== undefined) {
                                        let data14 = data13.threadFlows
                                        const _errs25 = errors
                                        if (errors === _errs25) {
                                          if (Array.isArray(data14)) {
                                            var valid6 = true
                                            const len3 = data14.length
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data15 = data14[i3]
                                              const _errs27 = errors
                                              if (errors === _errs27) {
                                                if (
                                                  data15 &&
                                                  typeof data15 == 'object' &&
                                                  !Array.isArray(data15)
                                                ) {
                                                  let missing2
                                                  if (
                                                    data15.locations === undefined &&
                                                    (missing2 = 'locations')
                                                  ) {
                                                    validate31.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/codeFlows/' +
                                                          i2 +
                                                          '/threadFlows/' +
                                                          i3,
                                                        schemaPath:
                                                          '#/properties/codeFlows/items/properties/threadFlows/items/required',
                                                        keyword: 'required',
                                                        params: { missingProperty: missing2 },
                                                        message:
                                                          "must have required property '" +
                                                          missing2 +
                                                          "'"
                                                      }
                                                    ]
                                                    return false
                                                  } else {
                                                    if (data15.locations !== undefined) {
                                                      let data16 = data15.locations
                                                      const _errs29 = errors
                                                      if (errors === _errs29) {
                                                        if (Array.isArray(data16)) {
                                                          var valid8 = true
                                                          const len4 = data16.length
                                                          for (let i4 = 0; i4 < len4; i4++) {
                                                            let data17 = data16[i4]
                                                            const _errs31 = errors
                                                            if (errors === _errs31) {
                                                              if (
                                                                data17 &&
                                                                typeof data17 == 'object' &&
                                                                !Array.isArray(data17)
                                                              ) {
                                                                if (data17.location !== undefined) {
                                                                  if (
                                                                    !validate34(data17.location, {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/codeFlows/' +
                                                                        i2 +
                                                                        '/threadFlows/' +
                                                                        i3 +
                                                                        '/locations/' +
                                                                        i4 +
                                                                        '/location',
                                                                      parentData: data17,
                                                                      parentDataProperty:
                                                                        'location',
                                                                      rootData
                                                                    })
                                                                  ) {
                                                                    vErrors =
                                                                      vErrors === null
                                                                        ? validate34.errors
                                                                        : vErrors.concat(
                                                                            validate34.errors
                                                                          )
                                                                    errors = vErrors.length
                                                                  }
                                                                }
                                                              } else {
                                                                validate31.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/codeFlows/' +
                                                                      i2 +
                                                                      '/threadFlows/' +
                                                                      i3 +
                                                                      '/locations/' +
                                                                      i4,
                                                                    schemaPath:
                                                                      '#/properties/codeFlows/items/properties/threadFlows/items/properties/locations/items/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'object' },
                                                                    message: 'must be object'
                                                                  }
                                                                ]
                                                                return false
                                                              }
                                                            }
                                                            var valid8 = _errs31 === errors
                                                            if (!valid8) {
                                                              break
                                                            }
                                                          }
                                                        } else {
                                                          validate31.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/codeFlows/' +
                                                                i2 +
                                                                '/threadFlows/' +
                                                                i3 +
                                                                '/locations',
                                                              schemaPath:
                                                                '#/properties/codeFlows/items/properties/threadFlows/items/properties/locations/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array'
                                                            }
                                                          ]
                                                          return false
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate31.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/codeFlows/' +
                                                        i2 +
                                                        '/threadFlows/' +
                                                        i3,
                                                      schemaPath:
                                                        '#/properties/codeFlows/items/properties/threadFlows/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object'
                                                    }
                                                  ]
                                                  return false
                                                }
                                              }
                                              var valid6 = _errs27 === errors
                                              if (!valid6) {
                                                break
                                              }
                                            }
                                          } else {
                                            validate31.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/codeFlows/' +
                                                  i2 +
                                                  '/threadFlows',
                                                schemaPath:
                                                  '#/properties/codeFlows/items/properties/threadFlows/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                            ]
                                            return false
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate31.errors = [
                                      {
                                        instancePath: instancePath + '/codeFlows/' + i2,
                                        schemaPath: '#/properties/codeFlows/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                    ]
                                    return false
                                  }
                                }
                                var valid4 = _errs23 === errors
                                if (!valid4) {
                                  break
                                }
                              }
                            } else {
                              validate31.errors = [
                                {
                                  instancePath: instancePath + '/codeFlows',
                                  schemaPath: '#/properties/codeFlows/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array'
                                }
                              ]
                              return false
                            }
                          }
                          var valid0 = _errs21 === errors
                        } else {
                          var valid0 = true
                        }
                        if (valid0) {
                          if (data.stacks !== undefined) {
                            let data19 = data.stacks
                            const _errs34 = errors
                            if (errors === _errs34) {
                              if (Array.isArray(data19)) {
                                var valid10 = true
                                const len5 = data19.length
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data20 = data19[i5]
                                  const _errs36 = errors
                                  if (errors === _errs36) {
                                    if (
                                      data20 &&
                                      typeof data20 == 'object' &&
                                      !Array.isArray(data20)
                                    ) {
                                      let missing3
                                      if (data20.frames === undefined && (missing3 = 'frames')) {
                                        validate31.errors = [
                                          {
                                            instancePath: instancePath + '/stacks/' + i5,
                                            schemaPath: '#/properties/stacks/items/required',
                                            keyword: 'required',
                                            params: { missingProperty: missing3 },
                                            message:
                                              "must have required property '" + missing3 + "'"
                                          }
                                        ]
                                        return false
                                      } else {
                                        if (data20.frames !== undefined) {
                                          let data21 = data20.frames
                                          const _errs38 = errors
                                          if (errors === _errs38) {
                                            if (Array.isArray(data21)) {
                                              var valid12 = true
                                              const len6 = data21.length
                                              for (let i6 = 0; i6 < len6; i6++) {
                                                let data22 = data21[i6]
                                                const _errs40 = errors
                                                if (errors === _errs40) {
                                                  if (
                                                    data22 &&
                                                    typeof data22 == 'object' &&
                                                    !Array.isArray(data22)
                                                  ) {
                                                    if (data22.location !== undefined) {
                                                      if (
                                                        !validate34(data22.location, {
                                                          instancePath:
                                                            instancePath +
                                                            '/stacks/' +
                                                            i5 +
                                                            '/frames/' +
                                                            i6 +
                                                            '/location',
                                                          parentData: data22,
                                                          parentDataProperty: 'location',
                                                          rootData
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate34.errors
                                                            : vErrors.concat(validate34.errors)
                                                        errors = vErrors.length
                                                      }
                                                    }
                                                  } else {
                                                    validate31.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/stacks/' +
                                                          i5 +
                                                          '/frames/' +
                                                          i6,
                                                        schemaPath:
                                                          '#/properties/stacks/items/properties/frames/items/type',
                                                        keyword: 'type',
                                                        params: { type: 'object' },
                                                        message: 'must be object'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                }
                                                var valid12 = _errs40 === errors
                                                if (!valid12) {
                                                  break
                                                }
                                              }
                                            } else {
                                              validate31.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/stacks/' + i5 + '/frames',
                                                  schemaPath:
                                                    '#/properties/stacks/items/properties/frames/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate31.errors = [
                                        {
                                          instancePath: instancePath + '/stacks/' + i5,
                                          schemaPath: '#/properties/stacks/items/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid10 = _errs36 === errors
                                  if (!valid10) {
                                    break
                                  }
                                }
                              } else {
                                validate31.errors = [
                                  {
                                    instancePath: instancePath + '/stacks',
                                    schemaPath: '#/properties/stacks/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array'
                                  }
                                ]
                                return false
                              }
                            }
                            var valid0 = _errs34 === errors
                          } else {
                            var valid0 = true
                          }
                          if (valid0) {
                            if (data.partialFingerprints !== undefined) {
                              let data24 = data.partialFingerprints
                              const _errs43 = errors
                              if (errors === _errs43) {
                                if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                  for (const key0 in data24) {
                                    const _errs46 = errors
                                    if (typeof data24[key0] !== 'string') {
                                      validate31.errors = [
                                        {
                                          instancePath:
                                            instancePath +
                                            '/partialFingerprints/' +
                                            key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                          schemaPath:
                                            '#/properties/partialFingerprints/additionalProperties/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string'
                                        }
                                      ]
                                      return false
                                    }
                                    var valid14 = _errs46 === errors
                                    if (!valid14) {
                                      break
                                    }
                                  }
                                } else {
                                  validate31.errors = [
                                    {
                                      instancePath: instancePath + '/partialFingerprints',
                                      schemaPath: '#/properties/partialFingerprints/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                  ]
                                  return false
                                }
                              }
                              var valid0 = _errs43 === errors
                            } else {
                              var valid0 = true
                            }
                            if (valid0) {
                              if (data.fingerprints !== undefined) {
                                let data26 = data.fingerprints
                                const _errs48 = errors
                                if (errors === _errs48) {
                                  if (
                                    data26 &&
                                    typeof data26 == 'object' &&
                                    !Array.isArray(data26)
                                  ) {
                                    for (const key1 in data26) {
                                      const _errs51 = errors
                                      if (typeof data26[key1] !== 'string') {
                                        validate31.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              '/fingerprints/' +
                                              key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath:
                                              '#/properties/fingerprints/additionalProperties/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                          }
                                        ]
                                        return false
                                      }
                                      var valid15 = _errs51 === errors
                                      if (!valid15) {
                                        break
                                      }
                                    }
                                  } else {
                                    validate31.errors = [
                                      {
                                        instancePath: instancePath + '/fingerprints',
                                        schemaPath: '#/properties/fingerprints/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                    ]
                                    return false
                                  }
                                }
                                var valid0 = _errs48 === errors
                              } else {
                                var valid0 = true
                              }
                              if (valid0) {
                                if (data.suppressions !== undefined) {
                                  let data28 = data.suppressions
                                  const _errs53 = errors
                                  if (errors === _errs53) {
                                    if (Array.isArray(data28)) {
                                      var valid16 = true
                                      const len7 = data28.length
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        let data29 = data28[i7]
                                        const _errs55 = errors
                                        if (!(
                                          data29 &&
                                          typeof data29 == 'object' &&
                                          !Array.isArray(data29)
                                        )) {
                                          validate31.errors = [
                                            {
                                              instancePath: instancePath + '/suppressions/' + i7,
                                              schemaPath: '#/properties/suppressions/items/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object'
                                            }
                                          ]
                                          return false
                                        }
                                        var valid16 = _errs55 === errors
                                        if (!valid16) {
                                          break
                                        }
                                      }
                                    } else {
                                      validate31.errors = [
                                        {
                                          instancePath: instancePath + '/suppressions',
                                          schemaPath: '#/properties/suppressions/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid0 = _errs53 === errors
                                } else {
                                  var valid0 = true
                                }
                                if (valid0) {
                                  if (data.properties !== undefined) {
                                    let data30 = data.properties
                                    const _errs57 = errors
                                    if (errors === _errs57) {
                                      if (
                                        data30 &&
                                        typeof data30 == 'object' &&
                                        !Array.isArray(data30)
                                      ) {
                                        if (data30.tags !== undefined) {
                                          let data31 = data30.tags
                                          const _errs59 = errors
                                          if (errors === _errs59) {
                                            if (Array.isArray(data31)) {
                                              if (data31.length > 20) {
                                                validate31.errors = [
                                                  {
                                                    instancePath: instancePath + '/properties/tags',
                                                    schemaPath:
                                                      '#/properties/properties/properties/tags/maxItems',
                                                    keyword: 'maxItems',
                                                    params: { limit: 20 },
                                                    message: 'must NOT have more than 20 items'
                                                  }
                                                ]
                                                return false
                                              } else {
                                                var valid18 = true
                                                const len8 = data31.length
                                                for (let i8 = 0; i8 < len8; i8++) {
                                                  const _errs61 = errors
                                                  if (typeof data31[i8] !== 'string') {
                                                    validate31.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/properties/tags/' + i8,
                                                        schemaPath:
                                                          '#/properties/properties/properties/tags/items/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                  var valid18 = _errs61 === errors
                                                  if (!valid18) {
                                                    break
                                                  }
                                                }
                                                if (valid18) {
                                                  let i9 = data31.length
                                                  let j0
                                                  if (i9 > 1) {
                                                    const indices0 = {}
                                                    for (; i9--;) {
                                                      let item0 = data31[i9]
                                                      if (typeof item0 !== 'string') {
                                                        continue
                                                      }
                                                      if (typeof indices0[item0] == 'number') {
                                                        j0 = indices0[item0]
                                                        validate31.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/properties/tags',
                                                            schemaPath:
                                                              '#/properties/properties/properties/tags/uniqueItems',
                                                            keyword: 'uniqueItems',
                                                            params: { i: i9, j: j0 },
                                                            message:
                                                              'must NOT have duplicate items (items ## ' +
                                                              j0 +
                                                              ' and ' +
                                                              i9 +
                                                              ' are identical)'
                                                          }
                                                        ]
                                                        return false
                                                        break
                                                      }
                                                      indices0[item0] = i9
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate31.errors = [
                                                {
                                                  instancePath: instancePath + '/properties/tags',
                                                  schemaPath:
                                                    '#/properties/properties/properties/tags/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                          var valid17 = _errs59 === errors
                                        } else {
                                          var valid17 = true
                                        }
                                        if (valid17) {
                                          if (data30['security-severity'] !== undefined) {
                                            let data33 = data30['security-severity']
                                            const _errs63 = errors
                                            if (errors === _errs63) {
                                              if (typeof data33 === 'string') {
                                                if (!pattern0.test(data33)) {
                                                  validate31.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/properties/security-severity',
                                                      schemaPath:
                                                        '#/properties/properties/properties/security-severity/pattern',
                                                      keyword: 'pattern',
                                                      params: {
                                                        pattern:
                                                          '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'
                                                      },
                                                      message:
                                                        'must match pattern "' +
                                                        '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                                        '"'
                                                    }
                                                  ]
                                                  return false
                                                }
                                              } else {
                                                validate31.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/properties/security-severity/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string'
                                                  }
                                                ]
                                                return false
                                              }
                                            }
                                            var valid17 = _errs63 === errors
                                          } else {
                                            var valid17 = true
                                          }
                                        }
                                      } else {
                                        validate31.errors = [
                                          {
                                            instancePath: instancePath + '/properties',
                                            schemaPath: '#/properties/properties/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object'
                                          }
                                        ]
                                        return false
                                      }
                                    }
                                    var valid0 = _errs57 === errors
                                  } else {
                                    var valid0 = true
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate31.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate31.errors = vErrors
  return errors === 0
}
function validate25(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.tool === undefined && (missing0 = 'tool')) ||
        (data.results === undefined && (missing0 = 'results'))
      ) {
        validate25.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.tool !== undefined) {
          let data0 = data.tool
          const _errs1 = errors
          if (errors === _errs1) {
            if (data0 && typeof data0 == 'object' && !Array.isArray(data0)) {
              let missing1
              if (data0.driver === undefined && (missing1 = 'driver')) {
                validate25.errors = [
                  {
                    instancePath: instancePath + '/tool',
                    schemaPath: '#/properties/tool/required',
                    keyword: 'required',
                    params: { missingProperty: missing1 },
                    message: "must have required property '" + missing1 + "'"
                  }
                ]
                return false
              } else {
                if (data0.driver !== undefined) {
                  let data1 = data0.driver
                  const _errs3 = errors
                  const _errs4 = errors
                  if (
                    !validate26(data1, {
                      instancePath: instancePath + '/tool/driver',
                      parentData: data0,
                      parentDataProperty: 'driver',
                      rootData
                    })
                  ) {
                    vErrors =
                      vErrors === null ? validate26.errors : vErrors.concat(validate26.errors)
                    errors = vErrors.length
                  }
                  var valid2 = _errs4 === errors
                  if (valid2) {
                    const _errs5 = errors
                    if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                      let missing2
                      if (data1.rules === undefined && (missing2 = 'rules')) {
                        validate25.errors = [
                          {
                            instancePath: instancePath + '/tool/driver',
                            schemaPath: '#/properties/tool/properties/driver/allOf/1/required',
                            keyword: 'required',
                            params: { missingProperty: missing2 },
                            message: "must have required property '" + missing2 + "'"
                          }
                        ]
                        return false
                      }
                    }
                    var valid2 = _errs5 === errors
                  }
                  var valid1 = _errs3 === errors
                } else {
                  var valid1 = true
                }
                if (valid1) {
                  if (data0.extensions !== undefined) {
                    let data2 = data0.extensions
                    const _errs6 = errors
                    if (errors === _errs6) {
                      if (Array.isArray(data2)) {
                        if (data2.length > 100) {
                          validate25.errors = [
                            {
                              instancePath: instancePath + '/tool/extensions',
                              schemaPath: '#/properties/tool/properties/extensions/maxItems',
                              keyword: 'maxItems',
                              params: { limit: 100 },
                              message: 'must NOT have more than 100 items'
                            }
                          ]
                          return false
                        } else {
                          var valid3 = true
                          const len0 = data2.length
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs8 = errors
                            if (
                              !validate26(data2[i0], {
                                instancePath: instancePath + '/tool/extensions/' + i0,
                                parentData: data2,
                                parentDataProperty: i0,
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate26.errors
                                  : vErrors.concat(validate26.errors)
                              errors = vErrors.length
                            }
                            var valid3 = _errs8 === errors
                            if (!valid3) {
                              break
                            }
                          }
                        }
                      } else {
                        validate25.errors = [
                          {
                            instancePath: instancePath + '/tool/extensions',
                            schemaPath: '#/properties/tool/properties/extensions/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
                          }
                        ]
                        return false
                      }
                    }
                    var valid1 = _errs6 === errors
                  } else {
                    var valid1 = true
                  }
                }
              }
            } else {
              validate25.errors = [
                {
                  instancePath: instancePath + '/tool',
                  schemaPath: '#/properties/tool/type',
                  keyword: 'type',
                  params: { type: 'object' },
                  message: 'must be object'
                }
              ]
              return false
            }
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.results !== undefined) {
            let data4 = data.results
            const _errs9 = errors
            if (errors === _errs9) {
              if (Array.isArray(data4)) {
                if (data4.length > 25000) {
                  validate25.errors = [
                    {
                      instancePath: instancePath + '/results',
                      schemaPath: '#/properties/results/maxItems',
                      keyword: 'maxItems',
                      params: { limit: 25000 },
                      message: 'must NOT have more than 25000 items'
                    }
                  ]
                  return false
                } else {
                  var valid4 = true
                  const len1 = data4.length
                  for (let i1 = 0; i1 < len1; i1++) {
                    const _errs11 = errors
                    if (
                      !validate31(data4[i1], {
                        instancePath: instancePath + '/results/' + i1,
                        parentData: data4,
                        parentDataProperty: i1,
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate31.errors : vErrors.concat(validate31.errors)
                      errors = vErrors.length
                    }
                    var valid4 = _errs11 === errors
                    if (!valid4) {
                      break
                    }
                  }
                }
              } else {
                validate25.errors = [
                  {
                    instancePath: instancePath + '/results',
                    schemaPath: '#/properties/results/type',
                    keyword: 'type',
                    params: { type: 'array' },
                    message: 'must be array'
                  }
                ]
                return false
              }
            }
            var valid0 = _errs9 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.automationDetails !== undefined) {
              let data6 = data.automationDetails
              const _errs12 = errors
              if (errors === _errs12) {
                if (data6 && typeof data6 == 'object' && !Array.isArray(data6)) {
                  if (data6.id !== undefined) {
                    if (typeof data6.id !== 'string') {
                      validate25.errors = [
                        {
                          instancePath: instancePath + '/automationDetails/id',
                          schemaPath: '#/properties/automationDetails/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                  }
                } else {
                  validate25.errors = [
                    {
                      instancePath: instancePath + '/automationDetails',
                      schemaPath: '#/properties/automationDetails/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs12 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.artifacts !== undefined) {
                let data8 = data.artifacts
                const _errs16 = errors
                if (errors === _errs16) {
                  if (Array.isArray(data8)) {
                    var valid6 = true
                    const len2 = data8.length
                    for (let i2 = 0; i2 < len2; i2++) {
                      let data9 = data8[i2]
                      const _errs18 = errors
                      if (errors === _errs18) {
                        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                          if (data9.location !== undefined) {
                            if (
                              !validate35(data9.location, {
                                instancePath: instancePath + '/artifacts/' + i2 + '/location',
                                parentData: data9,
                                parentDataProperty: 'location',
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate35.errors
                                  : vErrors.concat(validate35.errors)
                              errors = vErrors.length
                            }
                          }
                        } else {
                          validate25.errors = [
                            {
                              instancePath: instancePath + '/artifacts/' + i2,
                              schemaPath: '#/properties/artifacts/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object'
                            }
                          ]
                          return false
                        }
                      }
                      var valid6 = _errs18 === errors
                      if (!valid6) {
                        break
                      }
                    }
                  } else {
                    validate25.errors = [
                      {
                        instancePath: instancePath + '/artifacts',
                        schemaPath: '#/properties/artifacts/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array'
                      }
                    ]
                    return false
                  }
                }
                var valid0 = _errs16 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.invocations !== undefined) {
                  let data11 = data.invocations
                  const _errs21 = errors
                  if (errors === _errs21) {
                    if (Array.isArray(data11)) {
                      var valid8 = true
                      const len3 = data11.length
                      for (let i3 = 0; i3 < len3; i3++) {
                        let data12 = data11[i3]
                        const _errs23 = errors
                        if (errors === _errs23) {
                          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                            if (data12.workingDirectory !== undefined) {
                              let data13 = data12.workingDirectory
                              const _errs25 = errors
                              if (errors === _errs25) {
                                if (data13 && typeof data13 == 'object' && !Array.isArray(data13)) {
                                  if (data13.uri !== undefined) {
                                    if (typeof data13.uri !== 'string') {
                                      validate25.errors = [
                                        {
                                          instancePath:
                                            instancePath +
                                            '/invocations/' +
                                            i3 +
                                            '/workingDirectory/uri',
                                          schemaPath:
                                            '#/properties/invocations/items/properties/workingDirectory/properties/uri/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                } else {
                                  validate25.errors = [
                                    {
                                      instancePath:
                                        instancePath + '/invocations/' + i3 + '/workingDirectory',
                                      schemaPath:
                                        '#/properties/invocations/items/properties/workingDirectory/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                  ]
                                  return false
                                }
                              }
                              var valid9 = _errs25 === errors
                            } else {
                              var valid9 = true
                            }
                            if (valid9) {
                              if (data12.startTimeUtc !== undefined) {
                                const _errs29 = errors
                                if (typeof data12.startTimeUtc !== 'string') {
                                  validate25.errors = [
                                    {
                                      instancePath:
                                        instancePath + '/invocations/' + i3 + '/startTimeUtc',
                                      schemaPath:
                                        '#/properties/invocations/items/properties/startTimeUtc/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string'
                                    }
                                  ]
                                  return false
                                }
                                var valid9 = _errs29 === errors
                              } else {
                                var valid9 = true
                              }
                            }
                          } else {
                            validate25.errors = [
                              {
                                instancePath: instancePath + '/invocations/' + i3,
                                schemaPath: '#/properties/invocations/items/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object'
                              }
                            ]
                            return false
                          }
                        }
                        var valid8 = _errs23 === errors
                        if (!valid8) {
                          break
                        }
                      }
                    } else {
                      validate25.errors = [
                        {
                          instancePath: instancePath + '/invocations',
                          schemaPath: '#/properties/invocations/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array'
                        }
                      ]
                      return false
                    }
                  }
                  var valid0 = _errs21 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.originalUriBaseIds !== undefined) {
                    let data16 = data.originalUriBaseIds
                    const _errs31 = errors
                    if (errors === _errs31) {
                      if (data16 && typeof data16 == 'object' && !Array.isArray(data16)) {
                        for (const key0 in data16) {
                          let data17 = data16[key0]
                          const _errs34 = errors
                          if (errors === _errs34) {
                            if (data17 && typeof data17 == 'object' && !Array.isArray(data17)) {
                              if (data17.uri !== undefined) {
                                if (typeof data17.uri !== 'string') {
                                  validate25.errors = [
                                    {
                                      instancePath:
                                        instancePath +
                                        '/originalUriBaseIds/' +
                                        key0.replace(/~/g, '~0').replace(/\//g, '~1') +
                                        '/uri',
                                      schemaPath:
                                        '#/properties/originalUriBaseIds/additionalProperties/properties/uri/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string'
                                    }
                                  ]
                                  return false
                                }
                              }
                            } else {
                              validate25.errors = [
                                {
                                  instancePath:
                                    instancePath +
                                    '/originalUriBaseIds/' +
                                    key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                  schemaPath:
                                    '#/properties/originalUriBaseIds/additionalProperties/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object'
                                }
                              ]
                              return false
                            }
                          }
                          var valid11 = _errs34 === errors
                          if (!valid11) {
                            break
                          }
                        }
                      } else {
                        validate25.errors = [
                          {
                            instancePath: instancePath + '/originalUriBaseIds',
                            schemaPath: '#/properties/originalUriBaseIds/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
                          }
                        ]
                        return false
                      }
                    }
                    var valid0 = _errs31 === errors
                  } else {
                    var valid0 = true
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate25.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate25.errors = vErrors
  return errors === 0
}
function validate24(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  /*# sourceURL="https://go-ci-kit.invalid/sarif-github-subset-upload.json" */ let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.version === undefined && (missing0 = 'version')) ||
        (data.runs === undefined && (missing0 = 'runs'))
      ) {
        validate24.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.$schema !== undefined) {
          const _errs1 = errors
          if (typeof data.$schema !== 'string') {
            validate24.errors = [
              {
                instancePath: instancePath + '/$schema',
                schemaPath: '#/properties/%24schema/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.version !== undefined) {
            const _errs3 = errors
            if ('2.1.0' !== data.version) {
              validate24.errors = [
                {
                  instancePath: instancePath + '/version',
                  schemaPath: '#/properties/version/const',
                  keyword: 'const',
                  params: { allowedValue: '2.1.0' },
                  message: 'must be equal to constant'
                }
              ]
              return false
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.runs !== undefined) {
              let data2 = data.runs
              const _errs4 = errors
              if (errors === _errs4) {
                if (Array.isArray(data2)) {
                  if (data2.length > 20) {
                    validate24.errors = [
                      {
                        instancePath: instancePath + '/runs',
                        schemaPath: '#/properties/runs/maxItems',
                        keyword: 'maxItems',
                        params: { limit: 20 },
                        message: 'must NOT have more than 20 items'
                      }
                    ]
                    return false
                  } else {
                    var valid1 = true
                    const len0 = data2.length
                    for (let i0 = 0; i0 < len0; i0++) {
                      const _errs6 = errors
                      if (
                        !validate25(data2[i0], {
                          instancePath: instancePath + '/runs/' + i0,
                          parentData: data2,
                          parentDataProperty: i0,
                          rootData
                        })
                      ) {
                        vErrors =
                          vErrors === null ? validate25.errors : vErrors.concat(validate25.errors)
                        errors = vErrors.length
                      }
                      var valid1 = _errs6 === errors
                      if (!valid1) {
                        break
                      }
                    }
                  }
                } else {
                  validate24.errors = [
                    {
                      instancePath: instancePath + '/runs',
                      schemaPath: '#/properties/runs/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs4 === errors
            } else {
              var valid0 = true
            }
          }
        }
      }
    } else {
      validate24.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate24.errors = vErrors
  return errors === 0
}
export const inputResult = validate48
function validate48(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (data.message === undefined && (missing0 = 'message')) {
        validate48.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.ruleId !== undefined) {
          const _errs1 = errors
          if (typeof data.ruleId !== 'string') {
            validate48.errors = [
              {
                instancePath: instancePath + '/ruleId',
                schemaPath: '#/properties/ruleId/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.ruleIndex !== undefined) {
            let data1 = data.ruleIndex
            const _errs3 = errors
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
              validate48.errors = [
                {
                  instancePath: instancePath + '/ruleIndex',
                  schemaPath: '#/properties/ruleIndex/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number') {
                if (data1 < -1 || isNaN(data1)) {
                  validate48.errors = [
                    {
                      instancePath: instancePath + '/ruleIndex',
                      schemaPath: '#/properties/ruleIndex/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: -1 },
                      message: 'must be >= -1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.rule !== undefined) {
              let data2 = data.rule
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.id !== undefined) {
                    const _errs7 = errors
                    if (typeof data2.id !== 'string') {
                      validate48.errors = [
                        {
                          instancePath: instancePath + '/rule/id',
                          schemaPath: '#/properties/rule/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data2.index !== undefined) {
                      let data4 = data2.index
                      const _errs9 = errors
                      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                        validate48.errors = [
                          {
                            instancePath: instancePath + '/rule/index',
                            schemaPath: '#/properties/rule/properties/index/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                } else {
                  validate48.errors = [
                    {
                      instancePath: instancePath + '/rule',
                      schemaPath: '#/properties/rule/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.level !== undefined) {
                const _errs11 = errors
                if (typeof data.level !== 'string') {
                  validate48.errors = [
                    {
                      instancePath: instancePath + '/level',
                      schemaPath: '#/properties/level/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string'
                    }
                  ]
                  return false
                }
                var valid0 = _errs11 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.kind !== undefined) {
                  const _errs13 = errors
                  if (typeof data.kind !== 'string') {
                    validate48.errors = [
                      {
                        instancePath: instancePath + '/kind',
                        schemaPath: '#/properties/kind/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs13 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.message !== undefined) {
                    const _errs15 = errors
                    if (
                      !validate8(data.message, {
                        instancePath: instancePath + '/message',
                        parentData: data,
                        parentDataProperty: 'message',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate8.errors : vErrors.concat(validate8.errors)
                      errors = vErrors.length
                    }
                    var valid0 = _errs15 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.locations !== undefined) {
                      let data8 = data.locations
                      const _errs16 = errors
                      const _errs17 = errors
                      let valid2 = false
                      const _errs18 = errors
                      if (errors === _errs18) {
                        if (Array.isArray(data8)) {
                          var valid3 = true
                          const len0 = data8.length
                          for (let i0 = 0; i0 < len0; i0++) {
                            const _errs20 = errors
                            if (
                              !validate10(data8[i0], {
                                instancePath: instancePath + '/locations/' + i0,
                                parentData: data8,
                                parentDataProperty: i0,
                                rootData
                              })
                            ) {
                              vErrors =
                                vErrors === null
                                  ? validate10.errors
                                  : vErrors.concat(validate10.errors)
                              errors = vErrors.length
                            }
                            var valid3 = _errs20 === errors
                            if (!valid3) {
                              break
                            }
                          }
                        } else {
                          const err0 = {
                            instancePath: instancePath + '/locations',
                            schemaPath: '#/properties/locations/anyOf/0/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array'
                          }
                          if (vErrors === null) {
                            vErrors = [err0]
                          } else {
                            vErrors.push(err0)
                          }
                          errors++
                        }
                      }
                      var _valid0 = _errs18 === errors
                      valid2 = valid2 || _valid0
                      if (!valid2) {
                        const _errs21 = errors
                        if (data8 !== null) {
                          const err1 = {
                            instancePath: instancePath + '/locations',
                            schemaPath: '#/properties/locations/anyOf/1/type',
                            keyword: 'type',
                            params: { type: 'null' },
                            message: 'must be null'
                          }
                          if (vErrors === null) {
                            vErrors = [err1]
                          } else {
                            vErrors.push(err1)
                          }
                          errors++
                        }
                        var _valid0 = _errs21 === errors
                        valid2 = valid2 || _valid0
                      }
                      if (!valid2) {
                        const err2 = {
                          instancePath: instancePath + '/locations',
                          schemaPath: '#/properties/locations/anyOf',
                          keyword: 'anyOf',
                          params: {},
                          message: 'must match a schema in anyOf'
                        }
                        if (vErrors === null) {
                          vErrors = [err2]
                        } else {
                          vErrors.push(err2)
                        }
                        errors++
                        validate48.errors = vErrors
                        return false
                      } else {
                        errors = _errs17
                        if (vErrors !== null) {
                          if (_errs17) {
                            vErrors.length = _errs17
                          } else {
                            vErrors = null
                          }
                        }
                      }
                      var valid0 = _errs16 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.relatedLocations !== undefined) {
                        let data10 = data.relatedLocations
                        const _errs23 = errors
                        const _errs24 = errors
                        let valid4 = false
                        const _errs25 = errors
                        if (errors === _errs25) {
                          if (Array.isArray(data10)) {
                            var valid5 = true
                            const len1 = data10.length
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs27 = errors
                              if (
                                !validate10(data10[i1], {
                                  instancePath: instancePath + '/relatedLocations/' + i1,
                                  parentData: data10,
                                  parentDataProperty: i1,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate10.errors
                                    : vErrors.concat(validate10.errors)
                                errors = vErrors.length
                              }
                              var valid5 = _errs27 === errors
                              if (!valid5) {
                                break
                              }
                            }
                          } else {
                            const err3 = {
                              instancePath: instancePath + '/relatedLocations',
                              schemaPath: '#/properties/relatedLocations/anyOf/0/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                            if (vErrors === null) {
                              vErrors = [err3]
                            } else {
                              vErrors.push(err3)
                            }
                            errors++
                          }
                        }
                        var _valid1 = _errs25 === errors
                        valid4 = valid4 || _valid1
                        if (!valid4) {
                          const _errs28 = errors
                          if (data10 !== null) {
                            const err4 = {
                              instancePath: instancePath + '/relatedLocations',
                              schemaPath: '#/properties/relatedLocations/anyOf/1/type',
                              keyword: 'type',
                              params: { type: 'null' },
                              message: 'must be null'
                            }
                            if (vErrors === null) {
                              vErrors = [err4]
                            } else {
                              vErrors.push(err4)
                            }
                            errors++
                          }
                          var _valid1 = _errs28 === errors
                          valid4 = valid4 || _valid1
                        }
                        if (!valid4) {
                          const err5 = {
                            instancePath: instancePath + '/relatedLocations',
                            schemaPath: '#/properties/relatedLocations/anyOf',
                            keyword: 'anyOf',
                            params: {},
                            message: 'must match a schema in anyOf'
                          }
                          if (vErrors === null) {
                            vErrors = [err5]
                          } else {
                            vErrors.push(err5)
                          }
                          errors++
                          validate48.errors = vErrors
                          return false
                        } else {
                          errors = _errs24
                          if (vErrors !== null) {
                            if (_errs24) {
                              vErrors.length = _errs24
                            } else {
                              vErrors = null
                            }
                          }
                        }
                        var valid0 = _errs23 === errors
                      } else {
                        var valid0 = true
                      }
                      if (valid0) {
                        if (data.codeFlows !== undefined) {
                          let data12 = data.codeFlows
                          const _errs30 = errors
                          const _errs31 = errors
                          let valid6 = false
                          const _errs32 = errors
                          if (errors === _errs32) {
                            if (Array.isArray(data12)) {
                              var valid7 = true
                              const len2 = data12.length
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data13 = data12[i2]
                                const _errs34 = errors
                                if (errors === _errs34) {
                                  if (
                                    data13 &&
                                    typeof data13 == 'object' &&
                                    !Array.isArray(data13)
                                  ) {
                                    let missing1
                                    if (
                                      data13.threadFlows === undefined &&
                                      (missing1 = 'threadFlows')
                                    ) {
                                      const err6 = {
                                        instancePath: instancePath + '/codeFlows/' + i2,
                                        schemaPath: '#/properties/codeFlows/anyOf/0/items/required',
                                        keyword: 'required',
                                        params: { missingProperty: missing1 },
                                        message: "must have required property '" + missing1 + "'"
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err6]
                                      } else {
                                        vErrors.push(err6)
                                      }
                                      errors++
                                    } else {
                                      if (data13.threadFlows !== undefined) {
                                        let data14 = data13.threadFlows
                                        const _errs36 = errors
                                        if (errors === _errs36) {
                                          if (Array.isArray(data14)) {
                                            var valid9 = true
                                            const len3 = data14.length
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data15 = data14[i3]
                                              const _errs38 = errors
                                              if (errors === _errs38) {
                                                if (
                                                  data15 &&
                                                  typeof data15 == 'object' &&
                                                  !Array.isArray(data15)
                                                ) {
                                                  let missing2
                                                  if (
                                                    data15.locations === undefined &&
                                                    (missing2 = 'locations')
                                                  ) {
                                                    const err7 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/codeFlows/' +
                                                        i2 +
                                                        '/threadFlows/' +
                                                        i3,
                                                      schemaPath:
                                                        '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/required',
                                                      keyword: 'required',
                                                      params: { missingProperty: missing2 },
                                                      message:
                                                        "must have required property '" +
                                                        missing2 +
                                                        "'"
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err7]
                                                    } else {
                                                      vErrors.push(err7)
                                                    }
                                                    errors++
                                                  } else {
                                                    if (data15.locations !== undefined) {
                                                      let data16 = data15.locations
                                                      const _errs40 = errors
                                                      if (errors === _errs40) {
                                                        if (Array.isArray(data16)) {
                                                          var valid11 = true
                                                          const len4 = data16.length
                                                          for (let i4 = 0; i4 < len4; i4++) {
                                                            let data17 = data16[i4]
                                                            const _errs42 = errors
                                                            if (errors === _errs42) {
                                                              if (
                                                                data17 &&
                                                                typeof data17 == 'object' &&
                                                                !Array.isArray(data17)
                                                              ) {
                                                                if (data17.location !== undefined) {
                                                                  if (
                                                                    !validate10(data17.location, {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/codeFlows/' +
                                                                        i2 +
                                                                        '/threadFlows/' +
                                                                        i3 +
                                                                        '/locations/' +
                                                                        i4 +
                                                                        '/location',
                                                                      parentData: data17,
                                                                      parentDataProperty:
                                                                        'location',
                                                                      rootData
                                                                    })
                                                                  ) {
                                                                    vErrors =
                                                                      vErrors === null
                                                                        ? validate10.errors
                                                                        : vErrors.concat(
                                                                            validate10.errors
                                                                          )
                                                                    errors = vErrors.length
                                                                  }
                                                                }
                                                              } else {
                                                                const err8 = {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/codeFlows/' +
                                                                    i2 +
                                                                    '/threadFlows/' +
                                                                    i3 +
                                                                    '/locations/' +
                                                                    i4,
                                                                  schemaPath:
                                                                    '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/properties/locations/items/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'object' },
                                                                  message: 'must be object'
                                                                }
                                                                if (vErrors === null) {
                                                                  vErrors = [err8]
                                                                } else {
                                                                  vErrors.push(err8)
                                                                }
                                                                errors++
                                                              }
                                                            }
                                                            var valid11 = _errs42 === errors
                                                            if (!valid11) {
                                                              break
                                                            }
                                                          }
                                                        } else {
                                                          const err9 = {
                                                            instancePath:
                                                              instancePath +
                                                              '/codeFlows/' +
                                                              i2 +
                                                              '/threadFlows/' +
                                                              i3 +
                                                              '/locations',
                                                            schemaPath:
                                                              '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/properties/locations/type',
                                                            keyword: 'type',
                                                            params: { type: 'array' },
                                                            message: 'must be array'
                                                          }
                                                          if (vErrors === null) {
                                                            vErrors = [err9]
                                                          } else {
                                                            vErrors.push(err9)
                                                          }
                                                          errors++
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  const err10 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/codeFlows/' +
                                                      i2 +
                                                      '/threadFlows/' +
                                                      i3,
                                                    schemaPath:
                                                      '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'object' },
                                                    message: 'must be object'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err10]
                                                  } else {
                                                    vErrors.push(err10)
                                                  }
                                                  errors++
                                                }
                                              }
                                              var valid9 = _errs38 === errors
                                              if (!valid9) {
                                                break
                                              }
                                            }
                                          } else {
                                            const err11 = {
                                              instancePath:
                                                instancePath + '/codeFlows/' + i2 + '/threadFlows',
                                              schemaPath:
                                                '#/properties/codeFlows/anyOf/0/items/properties/threadFlows/type',
                                              keyword: 'type',
                                              params: { type: 'array' },
                                              message: 'must be array'
                                            }
                                            if (vErrors === null) {
                                              vErrors = [err11]
                                            } else {
                                              vErrors.push(err11)
                                            }
                                            errors++
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    const err12 = {
                                      instancePath: instancePath + '/codeFlows/' + i2,
                                      schemaPath: '#/properties/codeFlows/anyOf/0/items/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err12]
                                    } else {
                                      vErrors.push(err12)
                                    }
                                    errors++
                                  }
                                }
                                var valid7 = _errs34 === errors
                                if (!valid7) {
                                  break
                                }
                              }
                            } else {
                              const err13 = {
                                instancePath: instancePath + '/codeFlows',
                                schemaPath: '#/properties/codeFlows/anyOf/0/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array'
                              }
                              if (vErrors === null) {
                                vErrors = [err13]
                              } else {
                                vErrors.push(err13)
                              }
                              errors++
                            }
                          }
                          var _valid2 = _errs32 === errors
                          valid6 = valid6 || _valid2
                          if (!valid6) {
                            const _errs45 = errors
                            if (data12 !== null) {
                              const err14 = {
                                instancePath: instancePath + '/codeFlows',
                                schemaPath: '#/properties/codeFlows/anyOf/1/type',
                                keyword: 'type',
                                params: { type: 'null' },
                                message: 'must be null'
                              }
                              if (vErrors === null) {
                                vErrors = [err14]
                              } else {
                                vErrors.push(err14)
                              }
                              errors++
                            }
                            var _valid2 = _errs45 === errors
                            valid6 = valid6 || _valid2
                          }
                          if (!valid6) {
                            const err15 = {
                              instancePath: instancePath + '/codeFlows',
                              schemaPath: '#/properties/codeFlows/anyOf',
                              keyword: 'anyOf',
                              params: {},
                              message: 'must match a schema in anyOf'
                            }
                            if (vErrors === null) {
                              vErrors = [err15]
                            } else {
                              vErrors.push(err15)
                            }
                            errors++
                            validate48.errors = vErrors
                            return false
                          } else {
                            errors = _errs31
                            if (vErrors !== null) {
                              if (_errs31) {
                                vErrors.length = _errs31
                              } else {
                                vErrors = null
                              }
                            }
                          }
                          var valid0 = _errs30 === errors
                        } else {
                          var valid0 = true
                        }
                        if (valid0) {
                          if (data.stacks !== undefined) {
                            let data19 = data.stacks
                            const _errs47 = errors
                            const _errs48 = errors
                            let valid13 = false
                            const _errs49 = errors
                            if (errors === _errs49) {
                              if (Array.isArray(data19)) {
                                var valid14 = true
                                const len5 = data19.length
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data20 = data19[i5]
                                  const _errs51 = errors
                                  if (errors === _errs51) {
                                    if (
                                      data20 &&
                                      typeof data20 == 'object' &&
                                      !Array.isArray(data20)
                                    ) {
                                      let missing3
                                      if (data20.frames === undefined && (missing3 = 'frames')) {
                                        const err16 = {
                                          instancePath: instancePath + '/stacks/' + i5,
                                          schemaPath: '#/properties/stacks/anyOf/0/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing3 },
                                          message: "must have required property '" + missing3 + "'"
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err16]
                                        } else {
                                          vErrors.push(err16)
                                        }
                                        errors++
                                      } else {
                                        if (data20.frames !== undefined) {
                                          let data21 = data20.frames
                                          const _errs53 = errors
                                          if (errors === _errs53) {
                                            if (Array.isArray(data21)) {
                                              var valid16 = true
                                              const len6 = data21.length
                                              for (let i6 = 0; i6 < len6; i6++) {
                                                let data22 = data21[i6]
                                                const _errs55 = errors
                                                if (errors === _errs55) {
                                                  if (
                                                    data22 &&
                                                    typeof data22 == 'object' &&
                                                    !Array.isArray(data22)
                                                  ) {
                                                    if (data22.location !== undefined) {
                                                      if (
                                                        !validate10(data22.location, {
                                                          instancePath:
                                                            instancePath +
                                                            '/stacks/' +
                                                            i5 +
                                                            '/frames/' +
                                                            i6 +
                                                            '/location',
                                                          parentData: data22,
                                                          parentDataProperty: 'location',
                                                          rootData
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate10.errors
                                                            : vErrors.concat(validate10.errors)
                                                        errors = vErrors.length
                                                      }
                                                    }
                                                  } else {
                                                    const err17 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/stacks/' +
                                                        i5 +
                                                        '/frames/' +
                                                        i6,
                                                      schemaPath:
                                                        '#/properties/stacks/anyOf/0/items/properties/frames/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object'
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err17]
                                                    } else {
                                                      vErrors.push(err17)
                                                    }
                                                    errors++
                                                  }
                                                }
                                                var valid16 = _errs55 === errors
                                                if (!valid16) {
                                                  break
                                                }
                                              }
                                            } else {
                                              const err18 = {
                                                instancePath:
                                                  instancePath + '/stacks/' + i5 + '/frames',
                                                schemaPath:
                                                  '#/properties/stacks/anyOf/0/items/properties/frames/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err18]
                                              } else {
                                                vErrors.push(err18)
                                              }
                                              errors++
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      const err19 = {
                                        instancePath: instancePath + '/stacks/' + i5,
                                        schemaPath: '#/properties/stacks/anyOf/0/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err19]
                                      } else {
                                        vErrors.push(err19)
                                      }
                                      errors++
                                    }
                                  }
                                  var valid14 = _errs51 === errors
                                  if (!valid14) {
                                    break
                                  }
                                }
                              } else {
                                const err20 = {
                                  instancePath: instancePath + '/stacks',
                                  schemaPath: '#/properties/stacks/anyOf/0/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array'
                                }
                                if (vErrors === null) {
                                  vErrors = [err20]
                                } else {
                                  vErrors.push(err20)
                                }
                                errors++
                              }
                            }
                            var _valid3 = _errs49 === errors
                            valid13 = valid13 || _valid3
                            if (!valid13) {
                              const _errs58 = errors
                              if (data19 !== null) {
                                const err21 = {
                                  instancePath: instancePath + '/stacks',
                                  schemaPath: '#/properties/stacks/anyOf/1/type',
                                  keyword: 'type',
                                  params: { type: 'null' },
                                  message: 'must be null'
                                }
                                if (vErrors === null) {
                                  vErrors = [err21]
                                } else {
                                  vErrors.push(err21)
                                }
                                errors++
                              }
                              var _valid3 = _errs58 === errors
                              valid13 = valid13 || _valid3
                            }
                            if (!valid13) {
                              const err22 = {
                                instancePath: instancePath + '/stacks',
                                schemaPath: '#/properties/stacks/anyOf',
                                keyword: 'anyOf',
                                params: {},
                                message: 'must match a schema in anyOf'
                              }
                              if (vErrors === null) {
                                vErrors = [err22]
                              } else {
                                vErrors.push(err22)
                              }
                              errors++
                              validate48.errors = vErrors
                              return false
                            } else {
                              errors = _errs48
                              if (vErrors !== null) {
                                if (_errs48) {
                                  vErrors.length = _errs48
                                } else {
                                  vErrors = null
                                }
                              }
                            }
                            var valid0 = _errs47 === errors
                          } else {
                            var valid0 = true
                          }
                          if (valid0) {
                            if (data.partialFingerprints !== undefined) {
                              let data24 = data.partialFingerprints
                              const _errs60 = errors
                              const _errs61 = errors
                              let valid18 = false
                              const _errs62 = errors
                              if (errors === _errs62) {
                                if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                  for (const key0 in data24) {
                                    const _errs65 = errors
                                    if (typeof data24[key0] !== 'string') {
                                      const err23 = {
                                        instancePath:
                                          instancePath +
                                          '/partialFingerprints/' +
                                          key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                        schemaPath:
                                          '#/properties/partialFingerprints/anyOf/0/additionalProperties/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err23]
                                      } else {
                                        vErrors.push(err23)
                                      }
                                      errors++
                                    }
                                    var valid19 = _errs65 === errors
                                    if (!valid19) {
                                      break
                                    }
                                  }
                                } else {
                                  const err24 = {
                                    instancePath: instancePath + '/partialFingerprints',
                                    schemaPath: '#/properties/partialFingerprints/anyOf/0/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err24]
                                  } else {
                                    vErrors.push(err24)
                                  }
                                  errors++
                                }
                              }
                              var _valid4 = _errs62 === errors
                              valid18 = valid18 || _valid4
                              if (!valid18) {
                                const _errs67 = errors
                                if (data24 !== null) {
                                  const err25 = {
                                    instancePath: instancePath + '/partialFingerprints',
                                    schemaPath: '#/properties/partialFingerprints/anyOf/1/type',
                                    keyword: 'type',
                                    params: { type: 'null' },
                                    message: 'must be null'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err25]
                                  } else {
                                    vErrors.push(err25)
                                  }
                                  errors++
                                }
                                var _valid4 = _errs67 === errors
                                valid18 = valid18 || _valid4
                              }
                              if (!valid18) {
                                const err26 = {
                                  instancePath: instancePath + '/partialFingerprints',
                                  schemaPath: '#/properties/partialFingerprints/anyOf',
                                  keyword: 'anyOf',
                                  params: {},
                                  message: 'must match a schema in anyOf'
                                }
                                if (vErrors === null) {
                                  vErrors = [err26]
                                } else {
                                  vErrors.push(err26)
                                }
                                errors++
                                validate48.errors = vErrors
                                return false
                              } else {
                                errors = _errs61
                                if (vErrors !== null) {
                                  if (_errs61) {
                                    vErrors.length = _errs61
                                  } else {
                                    vErrors = null
                                  }
                                }
                              }
                              var valid0 = _errs60 === errors
                            } else {
                              var valid0 = true
                            }
                            if (valid0) {
                              if (data.fingerprints !== undefined) {
                                let data26 = data.fingerprints
                                const _errs69 = errors
                                const _errs70 = errors
                                let valid20 = false
                                const _errs71 = errors
                                if (errors === _errs71) {
                                  if (
                                    data26 &&
                                    typeof data26 == 'object' &&
                                    !Array.isArray(data26)
                                  ) {
                                    for (const key1 in data26) {
                                      const _errs74 = errors
                                      if (typeof data26[key1] !== 'string') {
                                        const err27 = {
                                          instancePath:
                                            instancePath +
                                            '/fingerprints/' +
                                            key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                                          schemaPath:
                                            '#/properties/fingerprints/anyOf/0/additionalProperties/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err27]
                                        } else {
                                          vErrors.push(err27)
                                        }
                                        errors++
                                      }
                                      var valid21 = _errs74 === errors
                                      if (!valid21) {
                                        break
                                      }
                                    }
                                  } else {
                                    const err28 = {
                                      instancePath: instancePath + '/fingerprints',
                                      schemaPath: '#/properties/fingerprints/anyOf/0/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err28]
                                    } else {
                                      vErrors.push(err28)
                                    }
                                    errors++
                                  }
                                }
                                var _valid5 = _errs71 === errors
                                valid20 = valid20 || _valid5
                                if (!valid20) {
                                  const _errs76 = errors
                                  if (data26 !== null) {
                                    const err29 = {
                                      instancePath: instancePath + '/fingerprints',
                                      schemaPath: '#/properties/fingerprints/anyOf/1/type',
                                      keyword: 'type',
                                      params: { type: 'null' },
                                      message: 'must be null'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err29]
                                    } else {
                                      vErrors.push(err29)
                                    }
                                    errors++
                                  }
                                  var _valid5 = _errs76 === errors
                                  valid20 = valid20 || _valid5
                                }
                                if (!valid20) {
                                  const err30 = {
                                    instancePath: instancePath + '/fingerprints',
                                    schemaPath: '#/properties/fingerprints/anyOf',
                                    keyword: 'anyOf',
                                    params: {},
                                    message: 'must match a schema in anyOf'
                                  }
                                  if (vErrors === null) {
                                    vErrors = [err30]
                                  } else {
                                    vErrors.push(err30)
                                  }
                                  errors++
                                  validate48.errors = vErrors
                                  return false
                                } else {
                                  errors = _errs70
                                  if (vErrors !== null) {
                                    if (_errs70) {
                                      vErrors.length = _errs70
                                    } else {
                                      vErrors = null
                                    }
                                  }
                                }
                                var valid0 = _errs69 === errors
                              } else {
                                var valid0 = true
                              }
                              if (valid0) {
                                if (data.suppressions !== undefined) {
                                  let data28 = data.suppressions
                                  const _errs78 = errors
                                  const _errs79 = errors
                                  let valid22 = false
                                  const _errs80 = errors
                                  if (errors === _errs80) {
                                    if (Array.isArray(data28)) {
                                      var valid23 = true
                                      const len7 = data28.length
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        let data29 = data28[i7]
                                        const _errs82 = errors
                                        if (!(
                                          data29 &&
                                          typeof data29 == 'object' &&
                                          !Array.isArray(data29)
                                        )) {
                                          const err31 = {
                                            instancePath: instancePath + '/suppressions/' + i7,
                                            schemaPath:
                                              '#/properties/suppressions/anyOf/0/items/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object'
                                          }
                                          if (vErrors === null) {
                                            vErrors = [err31]
                                          } else {
                                            vErrors.push(err31)
                                          }
                                          errors++
                                        }
                                        var valid23 = _errs82 === errors
                                        if (!valid23) {
                                          break
                                        }
                                      }
                                    } else {
                                      const err32 = {
                                        instancePath: instancePath + '/suppressions',
                                        schemaPath: '#/properties/suppressions/anyOf/0/type',
                                        keyword: 'type',
                                        params: { type: 'array' },
                                        message: 'must be array'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err32]
                                      } else {
                                        vErrors.push(err32)
                                      }
                                      errors++
                                    }
                                  }
                                  var _valid6 = _errs80 === errors
                                  valid22 = valid22 || _valid6
                                  if (!valid22) {
                                    const _errs84 = errors
                                    if (data28 !== null) {
                                      const err33 = {
                                        instancePath: instancePath + '/suppressions',
                                        schemaPath: '#/properties/suppressions/anyOf/1/type',
                                        keyword: 'type',
                                        params: { type: 'null' },
                                        message: 'must be null'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err33]
                                      } else {
                                        vErrors.push(err33)
                                      }
                                      errors++
                                    }
                                    var _valid6 = _errs84 === errors
                                    valid22 = valid22 || _valid6
                                  }
                                  if (!valid22) {
                                    const err34 = {
                                      instancePath: instancePath + '/suppressions',
                                      schemaPath: '#/properties/suppressions/anyOf',
                                      keyword: 'anyOf',
                                      params: {},
                                      message: 'must match a schema in anyOf'
                                    }
                                    if (vErrors === null) {
                                      vErrors = [err34]
                                    } else {
                                      vErrors.push(err34)
                                    }
                                    errors++
                                    validate48.errors = vErrors
                                    return false
                                  } else {
                                    errors = _errs79
                                    if (vErrors !== null) {
                                      if (_errs79) {
                                        vErrors.length = _errs79
                                      } else {
                                        vErrors = null
                                      }
                                    }
                                  }
                                  var valid0 = _errs78 === errors
                                } else {
                                  var valid0 = true
                                }
                                if (valid0) {
                                  if (data.properties !== undefined) {
                                    let data30 = data.properties
                                    const _errs86 = errors
                                    const _errs87 = errors
                                    let valid24 = false
                                    const _errs88 = errors
                                    if (errors === _errs88) {
                                      if (
                                        data30 &&
                                        typeof data30 == 'object' &&
                                        !Array.isArray(data30)
                                      ) {
                                        if (data30.tags !== undefined) {
                                          let data31 = data30.tags
                                          const _errs90 = errors
                                          const _errs91 = errors
                                          let valid26 = false
                                          const _errs92 = errors
                                          if (errors === _errs92) {
                                            if (Array.isArray(data31)) {
                                              var valid27 = true
                                              const len8 = data31.length
                                              for (let i8 = 0; i8 < len8; i8++) {
                                                const _errs94 = errors
                                                if (typeof data31[i8] !== 'string') {
                                                  const err35 = {
                                                    instancePath:
                                                      instancePath + '/properties/tags/' + i8,
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/tags/anyOf/0/items/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err35]
                                                  } else {
                                                    vErrors.push(err35)
                                                  }
                                                  errors++
                                                }
                                                var valid27 = _errs94 === errors
                                                if (!valid27) {
                                                  break
                                                }
                                              }
                                            } else {
                                              const err36 = {
                                                instancePath: instancePath + '/properties/tags',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/tags/anyOf/0/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err36]
                                              } else {
                                                vErrors.push(err36)
                                              }
                                              errors++
                                            }
                                          }
                                          var _valid8 = _errs92 === errors
                                          valid26 = valid26 || _valid8
                                          if (!valid26) {
                                            const _errs96 = errors
                                            if (data31 !== null) {
                                              const err37 = {
                                                instancePath: instancePath + '/properties/tags',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/tags/anyOf/1/type',
                                                keyword: 'type',
                                                params: { type: 'null' },
                                                message: 'must be null'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err37]
                                              } else {
                                                vErrors.push(err37)
                                              }
                                              errors++
                                            }
                                            var _valid8 = _errs96 === errors
                                            valid26 = valid26 || _valid8
                                          }
                                          if (!valid26) {
                                            const err38 = {
                                              instancePath: instancePath + '/properties/tags',
                                              schemaPath:
                                                '#/properties/properties/anyOf/0/properties/tags/anyOf',
                                              keyword: 'anyOf',
                                              params: {},
                                              message: 'must match a schema in anyOf'
                                            }
                                            if (vErrors === null) {
                                              vErrors = [err38]
                                            } else {
                                              vErrors.push(err38)
                                            }
                                            errors++
                                          } else {
                                            errors = _errs91
                                            if (vErrors !== null) {
                                              if (_errs91) {
                                                vErrors.length = _errs91
                                              } else {
                                                vErrors = null
                                              }
                                            }
                                          }
                                          var valid25 = _errs90 === errors
                                        } else {
                                          var valid25 = true
                                        }
                                        if (valid25) {
                                          if (data30['security-severity'] !== undefined) {
                                            let data33 = data30['security-severity']
                                            const _errs98 = errors
                                            const _errs99 = errors
                                            let valid28 = false
                                            const _errs100 = errors
                                            if (errors === _errs100) {
                                              if (typeof data33 === 'string') {
                                                if (!pattern0.test(data33)) {
                                                  const err39 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/pattern',
                                                    keyword: 'pattern',
                                                    params: {
                                                      pattern:
                                                        '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'
                                                    },
                                                    message:
                                                      'must match pattern "' +
                                                      '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                                      '"'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err39]
                                                  } else {
                                                    vErrors.push(err39)
                                                  }
                                                  errors++
                                                }
                                              } else {
                                                const err40 = {
                                                  instancePath:
                                                    instancePath + '/properties/security-severity',
                                                  schemaPath:
                                                    '#/properties/properties/anyOf/0/properties/security-severity/anyOf/0/type',
                                                  keyword: 'type',
                                                  params: { type: 'string' },
                                                  message: 'must be string'
                                                }
                                                if (vErrors === null) {
                                                  vErrors = [err40]
                                                } else {
                                                  vErrors.push(err40)
                                                }
                                                errors++
                                              }
                                            }
                                            var _valid9 = _errs100 === errors
                                            valid28 = valid28 || _valid9
                                            if (!valid28) {
                                              const _errs102 = errors
                                              if (errors === _errs102) {
                                                if (typeof data33 == 'number') {
                                                  if (data33 > 10 || isNaN(data33)) {
                                                    const err41 = {
                                                      instancePath:
                                                        instancePath +
                                                        '/properties/security-severity',
                                                      schemaPath:
                                                        '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/maximum',
                                                      keyword: 'maximum',
                                                      params: { comparison: '<=', limit: 10 },
                                                      message: 'must be <= 10'
                                                    }
                                                    if (vErrors === null) {
                                                      vErrors = [err41]
                                                    } else {
                                                      vErrors.push(err41)
                                                    }
                                                    errors++
                                                  } else {
                                                    if (data33 < 0 || isNaN(data33)) {
                                                      const err42 = {
                                                        instancePath:
                                                          instancePath +
                                                          '/properties/security-severity',
                                                        schemaPath:
                                                          '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/minimum',
                                                        keyword: 'minimum',
                                                        params: { comparison: '>=', limit: 0 },
                                                        message: 'must be >= 0'
                                                      }
                                                      if (vErrors === null) {
                                                        vErrors = [err42]
                                                      } else {
                                                        vErrors.push(err42)
                                                      }
                                                      errors++
                                                    }
                                                  }
                                                } else {
                                                  const err43 = {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/anyOf/0/properties/security-severity/anyOf/1/type',
                                                    keyword: 'type',
                                                    params: { type: 'number' },
                                                    message: 'must be number'
                                                  }
                                                  if (vErrors === null) {
                                                    vErrors = [err43]
                                                  } else {
                                                    vErrors.push(err43)
                                                  }
                                                  errors++
                                                }
                                              }
                                              var _valid9 = _errs102 === errors
                                              valid28 = valid28 || _valid9
                                            }
                                            if (!valid28) {
                                              const err44 = {
                                                instancePath:
                                                  instancePath + '/properties/security-severity',
                                                schemaPath:
                                                  '#/properties/properties/anyOf/0/properties/security-severity/anyOf',
                                                keyword: 'anyOf',
                                                params: {},
                                                message: 'must match a schema in anyOf'
                                              }
                                              if (vErrors === null) {
                                                vErrors = [err44]
                                              } else {
                                                vErrors.push(err44)
                                              }
                                              errors++
                                            } else {
                                              errors = _errs99
                                              if (vErrors !== null) {
                                                if (_errs99) {
                                                  vErrors.length = _errs99
                                                } else {
                                                  vErrors = null
                                                }
                                              }
                                            }
                                            var valid25 = _errs98 === errors
                                          } else {
                                            var valid25 = true
                                          }
                                        }
                                      } else {
                                        const err45 = {
                                          instancePath: instancePath + '/properties',
                                          schemaPath: '#/properties/properties/anyOf/0/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err45]
                                        } else {
                                          vErrors.push(err45)
                                        }
                                        errors++
                                      }
                                    }
                                    var _valid7 = _errs88 === errors
                                    valid24 = valid24 || _valid7
                                    if (!valid24) {
                                      const _errs104 = errors
                                      if (data30 !== null) {
                                        const err46 = {
                                          instancePath: instancePath + '/properties',
                                          schemaPath: '#/properties/properties/anyOf/1/type',
                                          keyword: 'type',
                                          params: { type: 'null' },
                                          message: 'must be null'
                                        }
                                        if (vErrors === null) {
                                          vErrors = [err46]
                                        } else {
                                          vErrors.push(err46)
                                        }
                                        errors++
                                      }
                                      var _valid7 = _errs104 === errors
                                      valid24 = valid24 || _valid7
                                    }
                                    if (!valid24) {
                                      const err47 = {
                                        instancePath: instancePath + '/properties',
                                        schemaPath: '#/properties/properties/anyOf',
                                        keyword: 'anyOf',
                                        params: {},
                                        message: 'must match a schema in anyOf'
                                      }
                                      if (vErrors === null) {
                                        vErrors = [err47]
                                      } else {
                                        vErrors.push(err47)
                                      }
                                      errors++
                                      validate48.errors = vErrors
                                      return false
                                    } else {
                                      errors = _errs87
                                      if (vErrors !== null) {
                                        if (_errs87) {
                                          vErrors.length = _errs87
                                        } else {
                                          vErrors = null
                                        }
                                      }
                                    }
                                    var valid0 = _errs86 === errors
                                  } else {
                                    var valid0 = true
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate48.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate48.errors = vErrors
  return errors === 0
}
export const uploadResult = validate54
function validate54(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0
      if (
        (data.message === undefined && (missing0 = 'message')) ||
        (data.locations === undefined && (missing0 = 'locations')) ||
        (data.ruleId === undefined && (missing0 = 'ruleId'))
      ) {
        validate54.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'"
          }
        ]
        return false
      } else {
        if (data.ruleId !== undefined) {
          const _errs1 = errors
          if (typeof data.ruleId !== 'string') {
            validate54.errors = [
              {
                instancePath: instancePath + '/ruleId',
                schemaPath: '#/properties/ruleId/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string'
              }
            ]
            return false
          }
          var valid0 = _errs1 === errors
        } else {
          var valid0 = true
        }
        if (valid0) {
          if (data.ruleIndex !== undefined) {
            let data1 = data.ruleIndex
            const _errs3 = errors
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1))) {
              validate54.errors = [
                {
                  instancePath: instancePath + '/ruleIndex',
                  schemaPath: '#/properties/ruleIndex/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer'
                }
              ]
              return false
            }
            if (errors === _errs3) {
              if (typeof data1 == 'number') {
                if (data1 < -1 || isNaN(data1)) {
                  validate54.errors = [
                    {
                      instancePath: instancePath + '/ruleIndex',
                      schemaPath: '#/properties/ruleIndex/minimum',
                      keyword: 'minimum',
                      params: { comparison: '>=', limit: -1 },
                      message: 'must be >= -1'
                    }
                  ]
                  return false
                }
              }
            }
            var valid0 = _errs3 === errors
          } else {
            var valid0 = true
          }
          if (valid0) {
            if (data.rule !== undefined) {
              let data2 = data.rule
              const _errs5 = errors
              if (errors === _errs5) {
                if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                  if (data2.id !== undefined) {
                    const _errs7 = errors
                    if (typeof data2.id !== 'string') {
                      validate54.errors = [
                        {
                          instancePath: instancePath + '/rule/id',
                          schemaPath: '#/properties/rule/properties/id/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string'
                        }
                      ]
                      return false
                    }
                    var valid1 = _errs7 === errors
                  } else {
                    var valid1 = true
                  }
                  if (valid1) {
                    if (data2.index !== undefined) {
                      let data4 = data2.index
                      const _errs9 = errors
                      if (!(typeof data4 == 'number' && !(data4 % 1) && !isNaN(data4))) {
                        validate54.errors = [
                          {
                            instancePath: instancePath + '/rule/index',
                            schemaPath: '#/properties/rule/properties/index/type',
                            keyword: 'type',
                            params: { type: 'integer' },
                            message: 'must be integer'
                          }
                        ]
                        return false
                      }
                      var valid1 = _errs9 === errors
                    } else {
                      var valid1 = true
                    }
                  }
                } else {
                  validate54.errors = [
                    {
                      instancePath: instancePath + '/rule',
                      schemaPath: '#/properties/rule/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid0 = _errs5 === errors
            } else {
              var valid0 = true
            }
            if (valid0) {
              if (data.level !== undefined) {
                let data5 = data.level
                const _errs11 = errors
                if (!(
                  data5 === 'none' ||
                  data5 === 'note' ||
                  data5 === 'warning' ||
                  data5 === 'error'
                )) {
                  validate54.errors = [
                    {
                      instancePath: instancePath + '/level',
                      schemaPath: '#/properties/level/enum',
                      keyword: 'enum',
                      params: { allowedValues: schema13.properties.level.enum },
                      message: 'must be equal to one of the allowed values'
                    }
                  ]
                  return false
                }
                var valid0 = _errs11 === errors
              } else {
                var valid0 = true
              }
              if (valid0) {
                if (data.kind !== undefined) {
                  const _errs12 = errors
                  if (typeof data.kind !== 'string') {
                    validate54.errors = [
                      {
                        instancePath: instancePath + '/kind',
                        schemaPath: '#/properties/kind/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string'
                      }
                    ]
                    return false
                  }
                  var valid0 = _errs12 === errors
                } else {
                  var valid0 = true
                }
                if (valid0) {
                  if (data.message !== undefined) {
                    const _errs14 = errors
                    if (
                      !validate32(data.message, {
                        instancePath: instancePath + '/message',
                        parentData: data,
                        parentDataProperty: 'message',
                        rootData
                      })
                    ) {
                      vErrors =
                        vErrors === null ? validate32.errors : vErrors.concat(validate32.errors)
                      errors = vErrors.length
                    }
                    var valid0 = _errs14 === errors
                  } else {
                    var valid0 = true
                  }
                  if (valid0) {
                    if (data.locations !== undefined) {
                      let data8 = data.locations
                      const _errs15 = errors
                      if (errors === _errs15) {
                        if (Array.isArray(data8)) {
                          if (data8.length < 1) {
                            validate54.errors = [
                              {
                                instancePath: instancePath + '/locations',
                                schemaPath: '#/properties/locations/minItems',
                                keyword: 'minItems',
                                params: { limit: 1 },
                                message: 'must NOT have fewer than 1 items'
                              }
                            ]
                            return false
                          } else {
                            var valid2 = true
                            const len0 = data8.length
                            for (let i0 = 0; i0 < len0; i0++) {
                              const _errs17 = errors
                              if (
                                !validate34(data8[i0], {
                                  instancePath: instancePath + '/locations/' + i0,
                                  parentData: data8,
                                  parentDataProperty: i0,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate34.errors
                                    : vErrors.concat(validate34.errors)
                                errors = vErrors.length
                              }
                              var valid2 = _errs17 === errors
                              if (!valid2) {
                                break
                              }
                            }
                          }
                        } else {
                          validate54.errors = [
                            {
                              instancePath: instancePath + '/locations',
                              schemaPath: '#/properties/locations/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                          ]
                          return false
                        }
                      }
                      var valid0 = _errs15 === errors
                    } else {
                      var valid0 = true
                    }
                    if (valid0) {
                      if (data.relatedLocations !== undefined) {
                        let data10 = data.relatedLocations
                        const _errs18 = errors
                        if (errors === _errs18) {
                          if (Array.isArray(data10)) {
                            var valid3 = true
                            const len1 = data10.length
                            for (let i1 = 0; i1 < len1; i1++) {
                              const _errs20 = errors
                              if (
                                !validate34(data10[i1], {
                                  instancePath: instancePath + '/relatedLocations/' + i1,
                                  parentData: data10,
                                  parentDataProperty: i1,
                                  rootData
                                })
                              ) {
                                vErrors =
                                  vErrors === null
                                    ? validate34.errors
                                    : vErrors.concat(validate34.errors)
                                errors = vErrors.length
                              }
                              var valid3 = _errs20 === errors
                              if (!valid3) {
                                break
                              }
                            }
                          } else {
                            validate54.errors = [
                              {
                                instancePath: instancePath + '/relatedLocations',
                                schemaPath: '#/properties/relatedLocations/type',
                                keyword: 'type',
                                params: { type: 'array' },
                                message: 'must be array'
                              }
                            ]
                            return false
                          }
                        }
                        var valid0 = _errs18 === errors
                      } else {
                        var valid0 = true
                      }
                      if (valid0) {
                        if (data.codeFlows !== undefined) {
                          let data12 = data.codeFlows
                          const _errs21 = errors
                          if (errors === _errs21) {
                            if (Array.isArray(data12)) {
                              var valid4 = true
                              const len2 = data12.length
                              for (let i2 = 0; i2 < len2; i2++) {
                                let data13 = data12[i2]
                                const _errs23 = errors
                                if (errors === _errs23) {
                                  if (
                                    data13 &&
                                    typeof data13 == 'object' &&
                                    !Array.isArray(data13)
                                  ) {
                                    let missing1
                                    if (
                                      data13.threadFlows === undefined &&
                                      (missing1 = 'threadFlows')
                                    ) {
                                      validate54.errors = [
                                        {
                                          instancePath: instancePath + '/codeFlows/' + i2,
                                          schemaPath: '#/properties/codeFlows/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing1 },
                                          message: "must have required property '" + missing1 + "'"
                                        }
                                      ]
                                      return false
                                    } else {
                                      if (data13.threadFlows !== undefined) {
                                        let data14 = data13.threadFlows
                                        const _errs25 = errors
                                        if (errors === _errs25) {
                                          if (Array.isArray(data14)) {
                                            var valid6 = true
                                            const len3 = data14.length
                                            for (let i3 = 0; i3 < len3; i3++) {
                                              let data15 = data14[i3]
                                              const _errs27 = errors
                                              if (errors === _errs27) {
                                                if (
                                                  data15 &&
                                                  typeof data15 == 'object' &&
                                                  !Array.isArray(data15)
                                                ) {
                                                  let missing2
                                                  if (
                                                    data15.locations === undefined &&
                                                    (missing2 = 'locations')
                                                  ) {
                                                    validate54.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/codeFlows/' +
                                                          i2 +
                                                          '/threadFlows/' +
                                                          i3,
                                                        schemaPath:
                                                          '#/properties/codeFlows/items/properties/threadFlows/items/required',
                                                        keyword: 'required',
                                                        params: { missingProperty: missing2 },
                                                        message:
                                                          "must have required property '" +
                                                          missing2 +
                                                          "'"
                                                      }
                                                    ]
                                                    return false
                                                  } else {
                                                    if (data15.locations !== undefined) {
                                                      let data16 = data15.locations
                                                      const _errs29 = errors
                                                      if (errors === _errs29) {
                                                        if (Array.isArray(data16)) {
                                                          var valid8 = true
                                                          const len4 = data16.length
                                                          for (let i4 = 0; i4 < len4; i4++) {
                                                            let data17 = data16[i4]
                                                            const _errs31 = errors
                                                            if (errors === _errs31) {
                                                              if (
                                                                data17 &&
                                                                typeof data17 == 'object' &&
                                                                !Array.isArray(data17)
                                                              ) {
                                                                if (data17.location !== undefined) {
                                                                  if (
                                                                    !validate34(data17.location, {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/codeFlows/' +
                                                                        i2 +
                                                                        '/threadFlows/' +
                                                                        i3 +
                                                                        '/locations/' +
                                                                        i4 +
                                                                        '/location',
                                                                      parentData: data17,
                                                                      parentDataProperty:
                                                                        'location',
                                                                      rootData
                                                                    })
                                                                  ) {
                                                                    vErrors =
                                                                      vErrors === null
                                                                        ? validate34.errors
                                                                        : vErrors.concat(
                                                                            validate34.errors
                                                                          )
                                                                    errors = vErrors.length
                                                                  }
                                                                }
                                                              } else {
                                                                validate54.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/codeFlows/' +
                                                                      i2 +
                                                                      '/threadFlows/' +
                                                                      i3 +
                                                                      '/locations/' +
                                                                      i4,
                                                                    schemaPath:
                                                                      '#/properties/codeFlows/items/properties/threadFlows/items/properties/locations/items/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'object' },
                                                                    message: 'must be object'
                                                                  }
                                                                ]
                                                                return false
                                                              }
                                                            }
                                                            var valid8 = _errs31 === errors
                                                            if (!valid8) {
                                                              break
                                                            }
                                                          }
                                                        } else {
                                                          validate54.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/codeFlows/' +
                                                                i2 +
                                                                '/threadFlows/' +
                                                                i3 +
                                                                '/locations',
                                                              schemaPath:
                                                                '#/properties/codeFlows/items/properties/threadFlows/items/properties/locations/type',
                                                              keyword: 'type',
                                                              params: { type: 'array' },
                                                              message: 'must be array'
                                                            }
                                                          ]
                                                          return false
                                                        }
                                                      }
                                                    }
                                                  }
                                                } else {
                                                  validate54.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/codeFlows/' +
                                                        i2 +
                                                        '/threadFlows/' +
                                                        i3,
                                                      schemaPath:
                                                        '#/properties/codeFlows/items/properties/threadFlows/items/type',
                                                      keyword: 'type',
                                                      params: { type: 'object' },
                                                      message: 'must be object'
                                                    }
                                                  ]
                                                  return false
                                                }
                                              }
                                              var valid6 = _errs27 === errors
                                              if (!valid6) {
                                                break
                                              }
                                            }
                                          } else {
                                            validate54.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/codeFlows/' +
                                                  i2 +
                                                  '/threadFlows',
                                                schemaPath:
                                                  '#/properties/codeFlows/items/properties/threadFlows/type',
                                                keyword: 'type',
                                                params: { type: 'array' },
                                                message: 'must be array'
                                              }
                                            ]
                                            return false
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate54.errors = [
                                      {
                                        instancePath: instancePath + '/codeFlows/' + i2,
                                        schemaPath: '#/properties/codeFlows/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                    ]
                                    return false
                                  }
                                }
                                var valid4 = _errs23 === errors
                                if (!valid4) {
                                  break
                                }
                              }
                            } else {
                              validate54.errors = [
                                {
                                  instancePath: instancePath + '/codeFlows',
                                  schemaPath: '#/properties/codeFlows/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array'
                                }
                              ]
                              return false
                            }
                          }
                          var valid0 = _errs21 === errors
                        } else {
                          var valid0 = true
                        }
                        if (valid0) {
                          if (data.stacks !== undefined) {
                            let data19 = data.stacks
                            const _errs34 = errors
                            if (errors === _errs34) {
                              if (Array.isArray(data19)) {
                                var valid10 = true
                                const len5 = data19.length
                                for (let i5 = 0; i5 < len5; i5++) {
                                  let data20 = data19[i5]
                                  const _errs36 = errors
                                  if (errors === _errs36) {
                                    if (
                                      data20 &&
                                      typeof data20 == 'object' &&
                                      !Array.isArray(data20)
                                    ) {
                                      let missing3
                                      if (data20.frames === undefined && (missing3 = 'frames')) {
                                        validate54.errors = [
                                          {
                                            instancePath: instancePath + '/stacks/' + i5,
                                            schemaPath: '#/properties/stacks/items/required',
                                            keyword: 'required',
                                            params: { missingProperty: missing3 },
                                            message:
                                              "must have required property '" + missing3 + "'"
                                          }
                                        ]
                                        return false
                                      } else {
                                        if (data20.frames !== undefined) {
                                          let data21 = data20.frames
                                          const _errs38 = errors
                                          if (errors === _errs38) {
                                            if (Array.isArray(data21)) {
                                              var valid12 = true
                                              const len6 = data21.length
                                              for (let i6 = 0; i6 < len6; i6++) {
                                                let data22 = data21[i6]
                                                const _errs40 = errors
                                                if (errors === _errs40) {
                                                  if (
                                                    data22 &&
                                                    typeof data22 == 'object' &&
                                                    !Array.isArray(data22)
                                                  ) {
                                                    if (data22.location !== undefined) {
                                                      if (
                                                        !validate34(data22.location, {
                                                          instancePath:
                                                            instancePath +
                                                            '/stacks/' +
                                                            i5 +
                                                            '/frames/' +
                                                            i6 +
                                                            '/location',
                                                          parentData: data22,
                                                          parentDataProperty: 'location',
                                                          rootData
                                                        })
                                                      ) {
                                                        vErrors =
                                                          vErrors === null
                                                            ? validate34.errors
                                                            : vErrors.concat(validate34.errors)
                                                        errors = vErrors.length
                                                      }
                                                    }
                                                  } else {
                                                    validate54.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/stacks/' +
                                                          i5 +
                                                          '/frames/' +
                                                          i6,
                                                        schemaPath:
                                                          '#/properties/stacks/items/properties/frames/items/type',
                                                        keyword: 'type',
                                                        params: { type: 'object' },
                                                        message: 'must be object'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                }
                                                var valid12 = _errs40 === errors
                                                if (!valid12) {
                                                  break
                                                }
                                              }
                                            } else {
                                              validate54.errors = [
                                                {
                                                  instancePath:
                                                    instancePath + '/stacks/' + i5 + '/frames',
                                                  schemaPath:
                                                    '#/properties/stacks/items/properties/frames/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                        }
                                      }
                                    } else {
                                      validate54.errors = [
                                        {
                                          instancePath: instancePath + '/stacks/' + i5,
                                          schemaPath: '#/properties/stacks/items/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid10 = _errs36 === errors
                                  if (!valid10) {
                                    break
                                  }
                                }
                              } else {
                                validate54.errors = [
                                  {
                                    instancePath: instancePath + '/stacks',
                                    schemaPath: '#/properties/stacks/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array'
                                  }
                                ]
                                return false
                              }
                            }
                            var valid0 = _errs34 === errors
                          } else {
                            var valid0 = true
                          }
                          if (valid0) {
                            if (data.partialFingerprints !== undefined) {
                              let data24 = data.partialFingerprints
                              const _errs43 = errors
                              if (errors === _errs43) {
                                if (data24 && typeof data24 == 'object' && !Array.isArray(data24)) {
                                  for (const key0 in data24) {
                                    const _errs46 = errors
                                    if (typeof data24[key0] !== 'string') {
                                      validate54.errors = [
                                        {
                                          instancePath:
                                            instancePath +
                                            '/partialFingerprints/' +
                                            key0.replace(/~/g, '~0').replace(/\//g, '~1'),
                                          schemaPath:
                                            '#/properties/partialFingerprints/additionalProperties/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string'
                                        }
                                      ]
                                      return false
                                    }
                                    var valid14 = _errs46 === errors
                                    if (!valid14) {
                                      break
                                    }
                                  }
                                } else {
                                  validate54.errors = [
                                    {
                                      instancePath: instancePath + '/partialFingerprints',
                                      schemaPath: '#/properties/partialFingerprints/type',
                                      keyword: 'type',
                                      params: { type: 'object' },
                                      message: 'must be object'
                                    }
                                  ]
                                  return false
                                }
                              }
                              var valid0 = _errs43 === errors
                            } else {
                              var valid0 = true
                            }
                            if (valid0) {
                              if (data.fingerprints !== undefined) {
                                let data26 = data.fingerprints
                                const _errs48 = errors
                                if (errors === _errs48) {
                                  if (
                                    data26 &&
                                    typeof data26 == 'object' &&
                                    !Array.isArray(data26)
                                  ) {
                                    for (const key1 in data26) {
                                      const _errs51 = errors
                                      if (typeof data26[key1] !== 'string') {
                                        validate54.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              '/fingerprints/' +
                                              key1.replace(/~/g, '~0').replace(/\//g, '~1'),
                                            schemaPath:
                                              '#/properties/fingerprints/additionalProperties/type',
                                            keyword: 'type',
                                            params: { type: 'string' },
                                            message: 'must be string'
                                          }
                                        ]
                                        return false
                                      }
                                      var valid15 = _errs51 === errors
                                      if (!valid15) {
                                        break
                                      }
                                    }
                                  } else {
                                    validate54.errors = [
                                      {
                                        instancePath: instancePath + '/fingerprints',
                                        schemaPath: '#/properties/fingerprints/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object'
                                      }
                                    ]
                                    return false
                                  }
                                }
                                var valid0 = _errs48 === errors
                              } else {
                                var valid0 = true
                              }
                              if (valid0) {
                                if (data.suppressions !== undefined) {
                                  let data28 = data.suppressions
                                  const _errs53 = errors
                                  if (errors === _errs53) {
                                    if (Array.isArray(data28)) {
                                      var valid16 = true
                                      const len7 = data28.length
                                      for (let i7 = 0; i7 < len7; i7++) {
                                        let data29 = data28[i7]
                                        const _errs55 = errors
                                        if (!(
                                          data29 &&
                                          typeof data29 == 'object' &&
                                          !Array.isArray(data29)
                                        )) {
                                          validate54.errors = [
                                            {
                                              instancePath: instancePath + '/suppressions/' + i7,
                                              schemaPath: '#/properties/suppressions/items/type',
                                              keyword: 'type',
                                              params: { type: 'object' },
                                              message: 'must be object'
                                            }
                                          ]
                                          return false
                                        }
                                        var valid16 = _errs55 === errors
                                        if (!valid16) {
                                          break
                                        }
                                      }
                                    } else {
                                      validate54.errors = [
                                        {
                                          instancePath: instancePath + '/suppressions',
                                          schemaPath: '#/properties/suppressions/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid0 = _errs53 === errors
                                } else {
                                  var valid0 = true
                                }
                                if (valid0) {
                                  if (data.properties !== undefined) {
                                    let data30 = data.properties
                                    const _errs57 = errors
                                    if (errors === _errs57) {
                                      if (
                                        data30 &&
                                        typeof data30 == 'object' &&
                                        !Array.isArray(data30)
                                      ) {
                                        if (data30.tags !== undefined) {
                                          let data31 = data30.tags
                                          const _errs59 = errors
                                          if (errors === _errs59) {
                                            if (Array.isArray(data31)) {
                                              if (data31.length > 20) {
                                                validate54.errors = [
                                                  {
                                                    instancePath: instancePath + '/properties/tags',
                                                    schemaPath:
                                                      '#/properties/properties/properties/tags/maxItems',
                                                    keyword: 'maxItems',
                                                    params: { limit: 20 },
                                                    message: 'must NOT have more than 20 items'
                                                  }
                                                ]
                                                return false
                                              } else {
                                                var valid18 = true
                                                const len8 = data31.length
                                                for (let i8 = 0; i8 < len8; i8++) {
                                                  const _errs61 = errors
                                                  if (typeof data31[i8] !== 'string') {
                                                    validate54.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath + '/properties/tags/' + i8,
                                                        schemaPath:
                                                          '#/properties/properties/properties/tags/items/type',
                                                        keyword: 'type',
                                                        params: { type: 'string' },
                                                        message: 'must be string'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                  var valid18 = _errs61 === errors
                                                  if (!valid18) {
                                                    break
                                                  }
                                                }
                                                if (valid18) {
                                                  let i9 = data31.length
                                                  let j0
                                                  if (i9 > 1) {
                                                    const indices0 = {}
                                                    for (; i9--;) {
                                                      let item0 = data31[i9]
                                                      if (typeof item0 !== 'string') {
                                                        continue
                                                      }
                                                      if (typeof indices0[item0] == 'number') {
                                                        j0 = indices0[item0]
                                                        validate54.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath + '/properties/tags',
                                                            schemaPath:
                                                              '#/properties/properties/properties/tags/uniqueItems',
                                                            keyword: 'uniqueItems',
                                                            params: { i: i9, j: j0 },
                                                            message:
                                                              'must NOT have duplicate items (items ## ' +
                                                              j0 +
                                                              ' and ' +
                                                              i9 +
                                                              ' are identical)'
                                                          }
                                                        ]
                                                        return false
                                                        break
                                                      }
                                                      indices0[item0] = i9
                                                    }
                                                  }
                                                }
                                              }
                                            } else {
                                              validate54.errors = [
                                                {
                                                  instancePath: instancePath + '/properties/tags',
                                                  schemaPath:
                                                    '#/properties/properties/properties/tags/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                          var valid17 = _errs59 === errors
                                        } else {
                                          var valid17 = true
                                        }
                                        if (valid17) {
                                          if (data30['security-severity'] !== undefined) {
                                            let data33 = data30['security-severity']
                                            const _errs63 = errors
                                            if (errors === _errs63) {
                                              if (typeof data33 === 'string') {
                                                if (!pattern0.test(data33)) {
                                                  validate54.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/properties/security-severity',
                                                      schemaPath:
                                                        '#/properties/properties/properties/security-severity/pattern',
                                                      keyword: 'pattern',
                                                      params: {
                                                        pattern:
                                                          '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$'
                                                      },
                                                      message:
                                                        'must match pattern "' +
                                                        '^\\s*(10(\\.0+)?|\\d(\\.\\d+)?)\\s*$' +
                                                        '"'
                                                    }
                                                  ]
                                                  return false
                                                }
                                              } else {
                                                validate54.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/properties/security-severity',
                                                    schemaPath:
                                                      '#/properties/properties/properties/security-severity/type',
                                                    keyword: 'type',
                                                    params: { type: 'string' },
                                                    message: 'must be string'
                                                  }
                                                ]
                                                return false
                                              }
                                            }
                                            var valid17 = _errs63 === errors
                                          } else {
                                            var valid17 = true
                                          }
                                        }
                                      } else {
                                        validate54.errors = [
                                          {
                                            instancePath: instancePath + '/properties',
                                            schemaPath: '#/properties/properties/type',
                                            keyword: 'type',
                                            params: { type: 'object' },
                                            message: 'must be object'
                                          }
                                        ]
                                        return false
                                      }
                                    }
                                    var valid0 = _errs57 === errors
                                  } else {
                                    var valid0 = true
                                  }
                                }
                              }
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate54.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate54.errors = vErrors
  return errors === 0
}
export const formats = validate60
const schema20 = {
  $id: 'https://go-ci-kit.invalid/sarif-formats.json',
  type: 'object',
  properties: {
    runs: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          tool: {
            type: 'object',
            properties: {
              driver: {
                type: 'object',
                properties: {
                  informationUri: { format: 'uri' },
                  rules: {
                    type: 'array',
                    items: { type: 'object', properties: { helpUri: { format: 'uri' } } }
                  }
                }
              },
              extensions: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    informationUri: { format: 'uri' },
                    rules: {
                      type: 'array',
                      items: { type: 'object', properties: { helpUri: { format: 'uri' } } }
                    }
                  }
                }
              }
            }
          },
          invocations: {
            type: 'array',
            items: { type: 'object', properties: { startTimeUtc: { format: 'date-time' } } }
          }
        }
      }
    }
  }
}
const formats0 = fullFormats.uri
const formats8 = fullFormats['date-time']
function validate60(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {}
) {
  /*# sourceURL="https://go-ci-kit.invalid/sarif-formats.json" */ let vErrors = null
  let errors = 0
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      if (data.runs !== undefined) {
        let data0 = data.runs
        const _errs1 = errors
        if (errors === _errs1) {
          if (Array.isArray(data0)) {
            var valid1 = true
            const len0 = data0.length
            for (let i0 = 0; i0 < len0; i0++) {
              let data1 = data0[i0]
              const _errs3 = errors
              if (errors === _errs3) {
                if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                  if (data1.tool !== undefined) {
                    let data2 = data1.tool
                    const _errs5 = errors
                    if (errors === _errs5) {
                      if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
                        if (data2.driver !== undefined) {
                          let data3 = data2.driver
                          const _errs7 = errors
                          if (errors === _errs7) {
                            if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                              if (data3.informationUri !== undefined) {
                                let data4 = data3.informationUri
                                const _errs9 = errors
                                if (errors === _errs9) {
                                  if (typeof data4 === 'string') {
                                    if (!formats0(data4)) {
                                      validate60.errors = [
                                        {
                                          instancePath:
                                            instancePath +
                                            '/runs/' +
                                            i0 +
                                            '/tool/driver/informationUri',
                                          schemaPath:
                                            '#/properties/runs/items/properties/tool/properties/driver/properties/informationUri/format',
                                          keyword: 'format',
                                          params: { format: 'uri' },
                                          message: 'must match format "' + 'uri' + '"'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                }
                                var valid4 = _errs9 === errors
                              } else {
                                var valid4 = true
                              }
                              if (valid4) {
                                if (data3.rules !== undefined) {
                                  let data5 = data3.rules
                                  const _errs10 = errors
                                  if (errors === _errs10) {
                                    if (Array.isArray(data5)) {
                                      var valid5 = true
                                      const len1 = data5.length
                                      for (let i1 = 0; i1 < len1; i1++) {
                                        let data6 = data5[i1]
                                        const _errs12 = errors
                                        if (errors === _errs12) {
                                          if (
                                            data6 &&
                                            typeof data6 == 'object' &&
                                            !Array.isArray(data6)
                                          ) {
                                            if (data6.helpUri !== undefined) {
                                              let data7 = data6.helpUri
                                              const _errs14 = errors
                                              if (errors === _errs14) {
                                                if (typeof data7 === 'string') {
                                                  if (!formats0(data7)) {
                                                    validate60.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/runs/' +
                                                          i0 +
                                                          '/tool/driver/rules/' +
                                                          i1 +
                                                          '/helpUri',
                                                        schemaPath:
                                                          '#/properties/runs/items/properties/tool/properties/driver/properties/rules/items/properties/helpUri/format',
                                                        keyword: 'format',
                                                        params: { format: 'uri' },
                                                        message: 'must match format "' + 'uri' + '"'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                }
                                              }
                                            }
                                          } else {
                                            validate60.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/runs/' +
                                                  i0 +
                                                  '/tool/driver/rules/' +
                                                  i1,
                                                schemaPath:
                                                  '#/properties/runs/items/properties/tool/properties/driver/properties/rules/items/type',
                                                keyword: 'type',
                                                params: { type: 'object' },
                                                message: 'must be object'
                                              }
                                            ]
                                            return false
                                          }
                                        }
                                        var valid5 = _errs12 === errors
                                        if (!valid5) {
                                          break
                                        }
                                      }
                                    } else {
                                      validate60.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/runs/' + i0 + '/tool/driver/rules',
                                          schemaPath:
                                            '#/properties/runs/items/properties/tool/properties/driver/properties/rules/type',
                                          keyword: 'type',
                                          params: { type: 'array' },
                                          message: 'must be array'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid4 = _errs10 === errors
                                } else {
                                  var valid4 = true
                                }
                              }
                            } else {
                              validate60.errors = [
                                {
                                  instancePath: instancePath + '/runs/' + i0 + '/tool/driver',
                                  schemaPath:
                                    '#/properties/runs/items/properties/tool/properties/driver/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object'
                                }
                              ]
                              return false
                            }
                          }
                          var valid3 = _errs7 === errors
                        } else {
                          var valid3 = true
                        }
                        if (valid3) {
                          if (data2.extensions !== undefined) {
                            let data8 = data2.extensions
                            const _errs15 = errors
                            if (errors === _errs15) {
                              if (Array.isArray(data8)) {
                                var valid7 = true
                                const len2 = data8.length
                                for (let i2 = 0; i2 < len2; i2++) {
                                  let data9 = data8[i2]
                                  const _errs17 = errors
                                  if (errors === _errs17) {
                                    if (
                                      data9 &&
                                      typeof data9 == 'object' &&
                                      !Array.isArray(data9)
                                    ) {
                                      if (data9.informationUri !== undefined) {
                                        let data10 = data9.informationUri
                                        const _errs19 = errors
                                        if (errors === _errs19) {
                                          if (typeof data10 === 'string') {
                                            if (!formats0(data10)) {
                                              validate60.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/runs/' +
                                                    i0 +
                                                    '/tool/extensions/' +
                                                    i2 +
                                                    '/informationUri',
                                                  schemaPath:
                                                    '#/properties/runs/items/properties/tool/properties/extensions/items/properties/informationUri/format',
                                                  keyword: 'format',
                                                  params: { format: 'uri' },
                                                  message: 'must match format "' + 'uri' + '"'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                        }
                                        var valid8 = _errs19 === errors
                                      } else {
                                        var valid8 = true
                                      }
                                      if (valid8) {
                                        if (data9.rules !== undefined) {
                                          let data11 = data9.rules
                                          const _errs20 = errors
                                          if (errors === _errs20) {
                                            if (Array.isArray(data11)) {
                                              var valid9 = true
                                              const len3 = data11.length
                                              for (let i3 = 0; i3 < len3; i3++) {
                                                let data12 = data11[i3]
                                                const _errs22 = errors
                                                if (errors === _errs22) {
                                                  if (
                                                    data12 &&
                                                    typeof data12 == 'object' &&
                                                    !Array.isArray(data12)
                                                  ) {
                                                    if (data12.helpUri !== undefined) {
                                                      let data13 = data12.helpUri
                                                      const _errs24 = errors
                                                      if (errors === _errs24) {
                                                        if (typeof data13 === 'string') {
                                                          if (!formats0(data13)) {
                                                            validate60.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/runs/' +
                                                                  i0 +
                                                                  '/tool/extensions/' +
                                                                  i2 +
                                                                  '/rules/' +
                                                                  i3 +
                                                                  '/helpUri',
                                                                schemaPath:
                                                                  '#/properties/runs/items/properties/tool/properties/extensions/items/properties/rules/items/properties/helpUri/format',
                                                                keyword: 'format',
                                                                params: { format: 'uri' },
                                                                message:
                                                                  'must match format "' +
                                                                  'uri' +
                                                                  '"'
                                                              }
                                                            ]
                                                            return false
                                                          }
                                                        }
                                                      }
                                                    }
                                                  } else {
                                                    validate60.errors = [
                                                      {
                                                        instancePath:
                                                          instancePath +
                                                          '/runs/' +
                                                          i0 +
                                                          '/tool/extensions/' +
                                                          i2 +
                                                          '/rules/' +
                                                          i3,
                                                        schemaPath:
                                                          '#/properties/runs/items/properties/tool/properties/extensions/items/properties/rules/items/type',
                                                        keyword: 'type',
                                                        params: { type: 'object' },
                                                        message: 'must be object'
                                                      }
                                                    ]
                                                    return false
                                                  }
                                                }
                                                var valid9 = _errs22 === errors
                                                if (!valid9) {
                                                  break
                                                }
                                              }
                                            } else {
                                              validate60.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/runs/' +
                                                    i0 +
                                                    '/tool/extensions/' +
                                                    i2 +
                                                    '/rules',
                                                  schemaPath:
                                                    '#/properties/runs/items/properties/tool/properties/extensions/items/properties/rules/type',
                                                  keyword: 'type',
                                                  params: { type: 'array' },
                                                  message: 'must be array'
                                                }
                                              ]
                                              return false
                                            }
                                          }
                                          var valid8 = _errs20 === errors
                                        } else {
                                          var valid8 = true
                                        }
                                      }
                                    } else {
                                      validate60.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/runs/' + i0 + '/tool/extensions/' + i2,
                                          schemaPath:
                                            '#/properties/runs/items/properties/tool/properties/extensions/items/type',
                                          keyword: 'type',
                                          params: { type: 'object' },
                                          message: 'must be object'
                                        }
                                      ]
                                      return false
                                    }
                                  }
                                  var valid7 = _errs17 === errors
                                  if (!valid7) {
                                    break
                                  }
                                }
                              } else {
                                validate60.errors = [
                                  {
                                    instancePath: instancePath + '/runs/' + i0 + '/tool/extensions',
                                    schemaPath:
                                      '#/properties/runs/items/properties/tool/properties/extensions/type',
                                    keyword: 'type',
                                    params: { type: 'array' },
                                    message: 'must be array'
                                  }
                                ]
                                return false
                              }
                            }
                            var valid3 = _errs15 === errors
                          } else {
                            var valid3 = true
                          }
                        }
                      } else {
                        validate60.errors = [
                          {
                            instancePath: instancePath + '/runs/' + i0 + '/tool',
                            schemaPath: '#/properties/runs/items/properties/tool/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object'
                          }
                        ]
                        return false
                      }
                    }
                    var valid2 = _errs5 === errors
                  } else {
                    var valid2 = true
                  }
                  if (valid2) {
                    if (data1.invocations !== undefined) {
                      let data14 = data1.invocations
                      const _errs25 = errors
                      if (errors === _errs25) {
                        if (Array.isArray(data14)) {
                          var valid11 = true
                          const len4 = data14.length
                          for (let i4 = 0; i4 < len4; i4++) {
                            let data15 = data14[i4]
                            const _errs27 = errors
                            if (errors === _errs27) {
                              if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
                                if (data15.startTimeUtc !== undefined) {
                                  let data16 = data15.startTimeUtc
                                  const _errs29 = errors
                                  if (errors === _errs29) {
                                    if (typeof data16 === 'string') {
                                      if (!formats8.validate(data16)) {
                                        validate60.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              '/runs/' +
                                              i0 +
                                              '/invocations/' +
                                              i4 +
                                              '/startTimeUtc',
                                            schemaPath:
                                              '#/properties/runs/items/properties/invocations/items/properties/startTimeUtc/format',
                                            keyword: 'format',
                                            params: { format: 'date-time' },
                                            message: 'must match format "' + 'date-time' + '"'
                                          }
                                        ]
                                        return false
                                      }
                                    }
                                  }
                                }
                              } else {
                                validate60.errors = [
                                  {
                                    instancePath:
                                      instancePath + '/runs/' + i0 + '/invocations/' + i4,
                                    schemaPath:
                                      '#/properties/runs/items/properties/invocations/items/type',
                                    keyword: 'type',
                                    params: { type: 'object' },
                                    message: 'must be object'
                                  }
                                ]
                                return false
                              }
                            }
                            var valid11 = _errs27 === errors
                            if (!valid11) {
                              break
                            }
                          }
                        } else {
                          validate60.errors = [
                            {
                              instancePath: instancePath + '/runs/' + i0 + '/invocations',
                              schemaPath: '#/properties/runs/items/properties/invocations/type',
                              keyword: 'type',
                              params: { type: 'array' },
                              message: 'must be array'
                            }
                          ]
                          return false
                        }
                      }
                      var valid2 = _errs25 === errors
                    } else {
                      var valid2 = true
                    }
                  }
                } else {
                  validate60.errors = [
                    {
                      instancePath: instancePath + '/runs/' + i0,
                      schemaPath: '#/properties/runs/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object'
                    }
                  ]
                  return false
                }
              }
              var valid1 = _errs3 === errors
              if (!valid1) {
                break
              }
            }
          } else {
            validate60.errors = [
              {
                instancePath: instancePath + '/runs',
                schemaPath: '#/properties/runs/type',
                keyword: 'type',
                params: { type: 'array' },
                message: 'must be array'
              }
            ]
            return false
          }
        }
      }
    } else {
      validate60.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object'
        }
      ]
      return false
    }
  }
  validate60.errors = vErrors
  return errors === 0
}
