/*
 * Copyright Camunda Services GmbH and/or licensed to Camunda Services GmbH
 * under one or more contributor license agreements. See the NOTICE file
 * distributed with this work for additional information regarding copyright
 * ownership. Camunda licenses this file to you under the Apache License,
 * Version 2.0; you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

export default {
  // change the app name and vendor
  // app: {
  //   name: 'Todos',
  //   vendor: 'Company'
  // },
  //
  // configure the date format (moment.js patterns)
  // Motcua: Vietnamese style, dd/MM/yyyy HH:mm
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'DD/MM/YYYY HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd, DD/MM/YYYY HH:mm',
    short: 'DD/MM/YYYY'
  },

  // Motcua: Vietnamese is the default. Camunda looks only at the browser's first
  // language (navigator.languages[0]); a browser that asks for English first gets
  // English, every other browser gets the fallback, Vietnamese.
  locales: {
    availableLocales: ['vi', 'en'],
    fallbackLocale: 'vi'
  },
  // customScripts: [
  //   // If you have a folder called 'my-custom-script' (in the 'tasklist' folder)
  //   // with a file called 'customScript.js' in it
  //   // 'my-custom-script/customScript'
  // ],
  // requireJsConfig: {
  //   // AngularJS module names
  //   ngDeps: ['ui.bootstrap'],
  //   // RequireJS configuration for a complete configuration documentation see:
  //   // http://requirejs.org/docs/api.html#config
  //   deps: ['jquery', 'custom-ui'],
  //   paths: {
  //     // if you have a folder called `custom-ui` (in the `scripts` folder)
  //     // with a file called `scripts.js` in it and defining the `custom-ui` AMD module
  //     'custom-ui': 'custom-ui/scripts'
  //   }
  // },
  // csrfCookieName: 'XSRF-TOKEN',
  // disableWelcomeMessage: false,
  // assignProcessInstanceIdToTaskComment: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
